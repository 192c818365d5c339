package no.arshjul.competence;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Competence profiles for a few people of Fjordvik kommune, as if they had mapped their
 * competence and their closest leader had confirmed it. Anne has none yet. People who already
 * have holdings are left alone, so a restart changes nothing.
 */
@Component
@Profile("demo")
@Order(7)
class DemoCompetenceProfiles implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCompetenceProfiles.class);

    private final CompetenceProfileService profiles;
    private final CompetenceHoldingRepository holdings;
    private final OrganisationService organisation;

    DemoCompetenceProfiles(CompetenceProfileService profiles, CompetenceHoldingRepository holdings,
                           OrganisationService organisation) {
        this.profiles = profiles;
        this.holdings = holdings;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        int given = 0;
        for (Map.Entry<String, List<HoldingDraft>> profile : demoProfiles().entrySet()) {
            Optional<Employee> employee = organisation.findByUserId(profile.getKey());
            Optional<Employee> leader = organisation.closestLeaderOf(profile.getKey());
            if (employee.isEmpty() || leader.isEmpty() || holdings.existsByEmployee(employee.get())) {
                continue;
            }
            profiles.confirmRegistration(profile.getKey(), profile.getValue(), leader.get().getUserId());
            given++;
        }
        if (given > 0) {
            log.info("Demo competence profiles: {} people", given);
        }
    }

    private static Map<String, List<HoldingDraft>> demoProfiles() {
        Map<String, List<HoldingDraft>> profiles = new LinkedHashMap<>();
        LocalDate firstAid = LocalDate.of(2024, 3, 12);
        profiles.put("kari", List.of(
                new HoldingDraft("CRAFT_CERTIFICATE", "Fagbrev helsefagarbeider", "FB-HFA", "Fjordvik videregående skole",
                        "UPPER_SECONDARY", null, LocalDate.of(2008, 6, 20), null, null),
                new HoldingDraft("COURSE", "Førstehjelpskurs", "FORSTEHJ", null, null, null,
                        firstAid, firstAid.plusMonths(24), null)));
        profiles.put("per", List.of(
                new HoldingDraft("AUTHORISATION", "Autorisasjon sykepleier", "AUT-SPL", "Helsedirektoratet",
                        "BACHELOR", null, LocalDate.of(1988, 6, 15), null, null),
                new HoldingDraft("FURTHER_EDUCATION", "Videreutdanning i kommunehelsetjenester", "VU-KHT", null,
                        null, null, LocalDate.of(2015, 6, 1), null, null)));
        profiles.put("magnus", List.of(
                new HoldingDraft("COURSE", "Plan- og bygningsloven, oppdatering", "PBL", null, null, null,
                        LocalDate.of(2023, 11, 1), null, null)));
        profiles.put("nina", List.of(
                new HoldingDraft("CRAFT_CERTIFICATE", "Fagbrev helsefagarbeider", "FB-HFA", null,
                        "UPPER_SECONDARY", null, LocalDate.of(2011, 6, 1), null, null)));
        profiles.put("jonas", List.of(
                new HoldingDraft("AUTHORISATION", "Autorisasjon sykepleier", "AUT-SPL", null,
                        "BACHELOR", null, LocalDate.of(1989, 6, 15), null, null)));
        return profiles;
    }
}
