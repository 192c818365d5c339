package no.arshjul.competence;

import no.arshjul.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The competence migration and demo profiles on a real PostgreSQL. */
class CompetencePostgresTest extends PostgresTest {

    @Autowired
    CompetenceCatalogueService catalogue;
    @Autowired
    CompetenceProfileService profiles;

    @Test
    void catalogueAndDemoProfilesAreThere() {
        assertThat(catalogue.catalogue(false)).extracting(CompetenceItem::getCode)
                .contains("FB-HFA", "AUT-SPL", "FST-1", "FST-4", "REAL-SOSIAL", "FORSTEHJ");
        assertThat(catalogue.byCode("FORSTEHJ").getName()).isEqualTo("Førstehjelpskurs, ½ dag");
        assertThat(profiles.profileOf("per")).extracting(h -> h.getCompetenceItem().getCode())
                .containsExactlyInAnyOrder("AUT-SPL", "VU-KHT");
    }
}
