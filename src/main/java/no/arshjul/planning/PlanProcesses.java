package no.arshjul.planning;

import no.arshjul.engine.ProcessContract;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Set;

/**
 * The plan processes the annual cycle's call activities start ("Utarbeid neste års SKUP", "Evaluer
 * fjorårets plan"), and the variables they get from it; HR's models of them may read these.
 */
@Configuration(proxyBeanMethods = false)
class PlanProcesses {

    static final String SKUP = "skup";
    static final String PLAN_EVALUATION = "plan-evaluation";

    @Bean
    static ProcessContract skupContract() {
        return new ProcessContract(SKUP, Set.of("planYear", "sectors", "sectorInputDeadlineAt", "kompetanseforumAt",
                "consultationAt", "approvalAt", "unitPlansDeadlineAt"), Set.of(SkupPublisher.UNIT_CODES));
    }

    @Bean
    static ProcessContract planEvaluationContract() {
        return new ProcessContract(PLAN_EVALUATION, Set.of("planYear", "sectors", "evaluationDeadlineAt"), Set.of());
    }
}
