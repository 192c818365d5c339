package no.arshjul.competence;

import no.arshjul.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;

import static org.assertj.core.api.Assertions.assertThat;

/** The competence migration and demo profiles on a real PostgreSQL. */
class CompetencePostgresTest extends PostgresTest {

    @Autowired
    CompetenceCatalogueService catalogue;
    @Autowired
    CompetenceProfileService profiles;
    @Autowired
    CompetenceMappingMerge merge;
    @Autowired
    CompetenceExpiry expiry;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void catalogueAndDemoProfilesAreThere() {
        assertThat(catalogue.catalogue(false)).extracting(CompetenceItem::getCode)
                .contains("FB-HFA", "AUT-SPL", "FST-1", "FST-4", "REAL-SOSIAL", "FORSTEHJ");
        assertThat(catalogue.byCode("FORSTEHJ").getName()).isEqualTo("Førstehjelpskurs, ½ dag");
        assertThat(profiles.profileOf("per")).extracting(h -> h.getCompetenceItem().getCode())
                .containsExactlyInAnyOrder("AUT-SPL", "VU-KHT");
    }

    @Test
    void aMappingMergesAndAnExpiryIsToldOnceOnPostgres() {
        clockAt(LocalDateTime.of(3130, 1, 10, 6, 0));
        Map<String, Object> licence = new LinkedHashMap<>(Map.of("entryType", "CERTIFICATE", "title", "Truckførerbevis",
                "completedDate", "3125-03-01", "validUntil", "3130-03-01"));
        Map<String, Object> data = new LinkedHashMap<>(Map.of("holdings", List.of(licence),
                "realSocial", "Veileder nyansatte"));
        merge.merge("jonas", MappingRegistration.of(data), "bente");

        CompetenceHolding added = profiles.profileOf("jonas").stream()
                .filter(h -> h.getTitle().equals("Truckførerbevis")).findFirst().orElseThrow();
        assertThat(profiles.profileOf("jonas")).extracting(CompetenceHolding::getTitle).contains("Autorisasjon sykepleier");
        expiry.sendDueReminders();
        expiry.sendDueReminders();
        assertThat(jdbc.queryForObject("select count(*) from competence_expiry_reminder where holding_id = ?",
                Integer.class, added.getId())).isEqualTo(1);

        Map<String, Object> ended = new LinkedHashMap<>(licence);
        ended.put("holdingId", String.valueOf(added.getId()));
        ended.put("ended", true);
        merge.merge("jonas", MappingRegistration.of(Map.of("holdings", List.of(ended), "realSocial", "Veileder nyansatte")),
                "bente");
        assertThat(profiles.profileOf("jonas")).filteredOn(h -> h.getId().equals(added.getId())).singleElement()
                .satisfies(h -> assertThat(h.getEndedOn()).isNotNull());
    }
}
