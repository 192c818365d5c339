package no.arshjul.models;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.YearCalendar;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The process variables a model may read without a form setting them: what Årshjul passes in when
 * it starts a process, what Årshjul's own steps set, and the names the engine itself provides.
 * <p>
 * Rule for HR's models: a process the app starts (the keys here) may only read names from this
 * list, from its forms' {@code processVariable} fields, or from the model itself (multi-instance
 * element variables, result variables, output parameters). Anything else would stop the instance
 * with an error when it reaches that element, so it is an error. For other processes it is a warning.
 * When code starts passing or setting a new variable, add it here.
 */
final class KnownVariables {

    private static final Set<String> EMPLOYEE = Set.of("employeeNumber", "employeeUserId");

    /** The year's plan processes get the plan year, the sectors and their deadlines from the annual cycle. */
    private static final Set<String> PLAN_DATES = Set.of("sectorInputDeadlineAt", "kompetanseforumAt", "consultationAt",
            "approvalAt", "unitPlansDeadlineAt");

    /**
     * What the app passes in at start, per process key: AppraisalService, CompetenceMappingService and
     * CycleService start theirs; the annual cycle's call activities start skup and plan-evaluation.
     */
    private static final Map<String, Set<String>> STARTED_BY_APP = Map.of(
            "annual-cycle", YearCalendar.defaultsFor(2000).formValues().keySet(),
            CompetenceMappingService.PROCESS_KEY, union(YearCalendar.defaultsFor(2000).mappingVariables().keySet(), EMPLOYEE),
            AppraisalService.PROCESS_KEY, union(YearCalendar.defaultsFor(2000).appraisalVariables().keySet(), EMPLOYEE),
            "skup", union(Set.of("planYear", "sectors"), PLAN_DATES),
            "plan-evaluation", Set.of("planYear", "sectors", "evaluationDeadlineAt"));

    /**
     * Set by Årshjul's own steps: the minutes' handler (measureIds), the follow-up scheduler
     * (measureDueAt), the year planner (the plan dates, sectors, launch batches) and the SKUP
     * publisher (unitCodes).
     */
    static final Set<String> SET_BY_APP_STEPS = union(union(Set.of("measureIds", "measureDueAt", "sectors",
            "launchBatches", "unitCodes"), YearCalendar.defaultsFor(2000).planVariables().keySet()), Set.of());

    /** Names the engine resolves in any expression, multi-instance counters and built-in functions included. */
    static final Set<String> ENGINE = Set.of("execution", "task", "externalTask", "authenticatedUserId",
            "variableScope", "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter",
            "now", "dateTime", "currentUser", "currentUserGroups", "S", "XML", "JSON");

    private KnownVariables() {
    }

    static boolean isStartedByApp(String processKey) {
        return STARTED_BY_APP.containsKey(processKey);
    }

    static Set<String> keysStartedByApp() {
        return STARTED_BY_APP.keySet();
    }

    /** What Årshjul passes in when it starts this process; empty when the app does not start it. */
    static Optional<Set<String>> passedAtStart(String processKey) {
        return Optional.ofNullable(STARTED_BY_APP.get(processKey));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}
