package no.arshjul.organisation;

import org.springframework.stereotype.Component;

/** The kommunalsjef of a sector, for the sector's tasks in the SKUP and the evaluation. */
@Component("sectorHeads")
public class SectorHeads {

    private final UnitLeaders unitLeaders;

    public SectorHeads(UnitLeaders unitLeaders) {
        this.unitLeaders = unitLeaders;
    }

    public String of(String sectorCode) {
        return unitLeaders.of(sectorCode);
    }
}
