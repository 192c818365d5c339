package no.arshjul.tasks;

import no.arshjul.appraisal.AppraisalCaseService;
import no.arshjul.appraisal.AppraisalCaseService.CaseView;
import no.arshjul.appraisal.AppraisalCaseService.MeasureView;
import no.arshjul.competence.CompetenceHolding;
import no.arshjul.competence.CompetenceMappingMerge;
import no.arshjul.competence.CompetenceProfileService;
import no.arshjul.competence.ProfileChanges;
import no.arshjul.planning.PlanOverview;
import no.arshjul.planning.SkupMeasureProgress;
import no.arshjul.tasks.TaskInboxService.TaskSummary;
import org.camunda.bpm.engine.TaskService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a person needs beside a task's form: for the leader's tasks in a talk, the employee's
 * answers, competence profile and last year's minutes and plan; for the employee reading the
 * minutes, the minutes and plan; for a measure's follow-up, the measure. Read through the same
 * services and access rules as the APIs: nothing shows that the person could not read there.
 */
@Service
public class TaskContextService {

    static final String EMPLOYEE_PREPARATION_FORM = "appraisal-prep-employee";
    private static final Set<String> LEADER_TALK_TASKS = Set.of("prepare-leader", "schedule-talk", "record-minutes");

    private final AppraisalCaseService cases;
    private final CompetenceProfileService profiles;
    private final DeployedForms forms;
    private final TaskService taskService;
    private final PlanOverview plans;
    private final SkupMeasureProgress skupMeasures;
    private final CompetenceMappingMerge mappingChanges;

    public TaskContextService(AppraisalCaseService cases, CompetenceProfileService profiles,
                              DeployedForms forms, TaskService taskService, PlanOverview plans,
                              SkupMeasureProgress skupMeasures, CompetenceMappingMerge mappingChanges) {
        this.mappingChanges = mappingChanges;
        this.cases = cases;
        this.profiles = profiles;
        this.forms = forms;
        this.taskService = taskService;
        this.plans = plans;
        this.skupMeasures = skupMeasures;
    }

    /** A read-only form shown beside the task's own: the answers as they were given, in the form they were given in. */
    public record ShownForm(String container, String schema, Map<String, Object> data) {
    }

    /**
     * {@code skupMeasures}: beside the plan evaluation, last year's measures as followed up; {@code changes}:
     * beside "Bekreft kompetansen", what the employee's registration changes in the profile.
     */
    public record TaskContext(String kind, CaseView caseView, List<CompetenceHolding> profile,
                              ShownForm employeeAnswers, MeasureView measure, PlanOverview.Plan plan,
                              SkupMeasureProgress.YearProgress skupMeasures, ProfileChanges changes) {

        TaskContext(String kind, CaseView caseView, List<CompetenceHolding> profile, ShownForm employeeAnswers,
                    MeasureView measure) {
            this(kind, caseView, profile, employeeAnswers, measure, null, null, null);
        }

        TaskContext(String kind, CaseView caseView, List<CompetenceHolding> profile, ShownForm employeeAnswers,
                    MeasureView measure, PlanOverview.Plan plan) {
            this(kind, caseView, profile, employeeAnswers, measure, plan, null, null);
        }
    }

    public Optional<TaskContext> contextOf(TaskSummary task, String viewer) {
        if ("skup".equals(task.processKey())) {
            // The plan beside every step of its making: the consultation and the adoption see what they decide on.
            return taskService.getVariable(task.id(), "planYear") instanceof Number year
                    ? plans.plan(year.intValue(), viewer).map(p -> new TaskContext("plan", null, null, null, null, p))
                    : Optional.empty();
        }
        if ("plan-evaluation".equals(task.processKey())) {
            // The plan evaluated with its measures as HR followed them up, and beside HR's, the forum's and
            // the rådmann's tasks the sectors' evaluations.
            return taskService.getVariable(task.id(), "planYear") instanceof Number year
                    ? Optional.of(new TaskContext("evaluation", null, null, null, null, plans.evaluated(year.intValue(), viewer),
                    skupMeasures.find(year.intValue()).orElse(null), null))
                    : Optional.empty();
        }
        if (task.employeeUserId() == null || task.year() == null) {
            return Optional.empty();
        }
        String key = task.taskDefinitionKey();
        try {
            if (LEADER_TALK_TASKS.contains(key)) {
                CaseView view = cases.caseOf(viewer, task.employeeUserId(), task.year());
                return Optional.of(new TaskContext("leader", view, profile(viewer, task.employeeUserId()),
                        employeeAnswers(view, task.processInstanceId()).orElse(null), null));
            }
            if ("review-minutes".equals(key)) {
                return Optional.of(new TaskContext("minutes", cases.caseOf(viewer, task.employeeUserId(), task.year()),
                        null, null, null));
            }
            if ("follow-up-measure".equals(key)) {
                CaseView view = cases.caseOf(viewer, task.employeeUserId(), task.year());
                Object id = taskService.getVariable(task.id(), "measureId");
                MeasureView measure = view.talk() == null || !(id instanceof Number n) ? null : view.talk().measures()
                        .stream().filter(m -> m.id() == n.longValue()).findFirst().orElse(null);
                return Optional.of(new TaskContext("measure", view, null, null, measure));
            }
            if ("confirm-competence".equals(key)) {
                return Optional.of(new TaskContext("profile", null, profile(viewer, task.employeeUserId()), null, null,
                        null, null, mappingChanges.changesOfInstance(viewer, task.employeeUserId(), task.processInstanceId())
                        .orElse(null)));
            }
        } catch (AccessDeniedException e) {
            // A task handed to someone outside the case (by HR in Cockpit) shows the form alone.
            return Optional.empty();
        }
        return Optional.empty();
    }

    private List<CompetenceHolding> profile(String viewer, String employee) {
        return profiles.canSeeProfile(viewer, employee) ? profiles.profileSeenBy(viewer, employee) : null;
    }

    private Optional<ShownForm> employeeAnswers(CaseView view, String processInstanceId) {
        if (view.talk() == null || view.talk().employeePreparation() == null) {
            return Optional.empty();
        }
        return forms.schema(processInstanceId, EMPLOYEE_PREPARATION_FORM)
                .map(schema -> new ShownForm("employee-answers", schema, view.talk().employeePreparation()));
    }
}
