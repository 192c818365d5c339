package no.arshjul.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface SectorInputRepository extends JpaRepository<SectorInput, Long> {

    Optional<SectorInput> findByPlanYearAndSectorCode(int planYear, String sectorCode);

    List<SectorInput> findByPlanYearOrderBySectorCode(int planYear);
}
