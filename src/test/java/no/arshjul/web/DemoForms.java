package no.arshjul.web;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.CycleService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.support.Engine;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.instance.UserTask;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static no.arshjul.support.ProcessTestSupport.clockAt;

/**
 * Walks every process of the demo through every task with a form in forms/, as the person the task
 * is for, and hands each open task to a visitor before completing it: the browser tests look at
 * every form a person can meet. One year per walk (a test year), Anne Hansen's talk and mapping at
 * Fjordvik sykehjem, the plan for the health sector.
 */
final class DemoForms {

    /** Who works a group task: one demo person in each group. */
    static final Map<String, String> GROUP_MEMBER = Map.of("hr", "hege", "kompetanseforum", "siri",
            "tillitsvalgt", "tone", "radmann", "rita");
    static final String EMPLOYEE = "anne";

    interface Visitor {
        void visit(String formId, String user, String taskId);
    }

    record Services(TaskService tasks, IdentityService identity, OrganisationService organisation,
                    RuntimeService runtime, ManagementService management, AppraisalService appraisals,
                    CompetenceMappingService mappings, CycleService cycles,
                    RepositoryService repository) {
    }

    private final Services s;
    private final TaskDriver people;
    private final Visitor visitor;
    private final Map<String, String> visited = new LinkedHashMap<>();

    DemoForms(Services services, Visitor visitor) {
        this.s = services;
        this.people = new TaskDriver(services.tasks(), services.identity(), services.organisation());
        this.visitor = visitor;
    }

    /** Every form id in forms/, the demo's models. */
    static List<String> formIds() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".form"))
                    .map(n -> n.substring(0, n.length() - ".form".length())).sorted().toList();
        }
    }

    /** Walks the year; returns the forms visited, each with the person who saw it. */
    Map<String, String> walk(int year) {
        clockAt(java.time.LocalDateTime.of(year, 2, 1, 9, 0));
        appraisal(year);
        mapping(year);
        plan(year);
        evaluation(year);
        calendar(year);
        return visited;
    }

    private void appraisal(int year) {
        String instance = s.appraisals().start(EMPLOYEE, YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        work(instance, "prepare-employee", ValidSubmission.of("appraisal-prep-employee"));
        work(instance, "prepare-leader", ValidSubmission.of("appraisal-prep-leader"));
        work(instance, "schedule-talk", ValidSubmission.of("appraisal-schedule", "talkDate", year + "-03-10"));
        work(instance, "record-minutes", ValidSubmission.of("appraisal-minutes", "talkDate", year + "-03-10",
                "talkHeld", "HELD", "measures", List.of(ValidSubmission.listItem("appraisal-minutes", "measures",
                        "title", "Kurs i sårbehandling", "responsible", "lars", "dueDate", year + "-09-01"))));
        work(instance, "review-minutes", ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));
        // the measure's due date passes: its follow-up comes to the leader
        s.management().createJobQuery().processInstanceId(instance).timers().list()
                .forEach(job -> s.management().executeJob(job.getId()));
        work(instance, "follow-up-measure", ValidSubmission.of("measure-follow-up"));
    }

    private void mapping(int year) {
        String instance = s.mappings().start(EMPLOYEE, YearCalendar.defaultsFor(year).mappingDeadlines()).getProcessInstanceId();
        work(instance, "register-competence", ValidSubmission.of("competence-registration"));
        work(instance, "confirm-competence", ValidSubmission.of("competence-confirmation"));
    }

    private void plan(int year) {
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(year - 1).planVariables());
        variables.put("planYear", year);
        variables.put("sectors", sectors());
        String instance = s.runtime().startProcessInstanceByKey("skup", String.valueOf(year), variables).getId();
        Map<String, Object> draft = ValidSubmission.of("skup-draft", "periodFrom", 2097, "periodTo", 2100,
                "competenceGoals", List.of(ValidSubmission.listItem("skup-draft", "competenceGoals",
                        "competenceCode", "FB-HFA", "sectorCode", "HO-SYKEHJEM", "targetCount", 10, "targetYear", 2100)),
                "measures", List.of(ValidSubmission.listItem("skup-draft", "measures",
                        "title", "Fagbrev for assistenter", "targetGroup", "Assistenter i helse", "costNok", 250000)));
        work(instance, "submit-sector-input", ValidSubmission.of("skup-sector-input"));
        work(instance, "draft-skup", draft);
        work(instance, "forum-review", ValidSubmission.of("skup-forum-review"));
        work(instance, "radmann-direction", ValidSubmission.of("skup-direction"));
        work(instance, "finalise-skup", draft);
        work(instance, "record-consultation", ValidSubmission.of("skup-consultation"));
        work(instance, "approve-skup", ValidSubmission.of("skup-approval", "approvalDecision", "ADOPTED"));
        Task unitPlan = s.tasks().createTaskQuery().processInstanceBusinessKey(String.valueOf(year))
                .processDefinitionKey("skup").taskDefinitionKey("make-unit-plan").list().get(0);
        look(unitPlan);
    }

    private void evaluation(int year) {
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(year).planVariables());
        variables.put("planYear", year - 1);
        variables.put("sectors", sectors());
        String instance = s.runtime().startProcessInstanceByKey("plan-evaluation", String.valueOf(year - 1), variables).getId();
        work(instance, "evaluate-sector-plan", ValidSubmission.of("sector-plan-evaluation"));
        work(instance, "compile-evaluation", ValidSubmission.of("plan-evaluation-summary"));
        work(instance, "forum-evaluation", ValidSubmission.of("plan-evaluation-forum"));
        work(instance, "receive-evaluation", ValidSubmission.of("plan-evaluation-receipt"));
    }

    /** The year's calendar, HR's first task; the year is not launched (the instance is removed after the look). */
    private void calendar(int year) {
        String instance = Engine.as(s.identity(), "hege", people.groupsOf("hege"),
                () -> s.cycles().start(YearCalendar.defaultsFor(year), "hege").getProcessInstanceId());
        Task task = s.tasks().createTaskQuery().processInstanceId(instance).taskDefinitionKey("set-calendar").singleResult();
        look(task);
        s.runtime().deleteProcessInstance(instance, "the browser test looked at the calendar only");
    }

    private static Object sectors() {
        return Variables.objectValue(List.of("HO")).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    private void work(String instance, String taskKey, Map<String, Object> values) {
        Task task = s.tasks().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey).list().get(0);
        String user = look(task);
        people.complete(user, task, values);
    }

    private String look(Task task) {
        String user = userFor(task);
        String formId = formIdOf(task);
        visitor.visit(formId, user, task.getId());
        visited.put(formId, user);
        return user;
    }

    private String userFor(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return s.tasks().getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
                .filter(GROUP_MEMBER::containsKey).map(GROUP_MEMBER::get).findFirst()
                .orElseThrow(() -> new AssertionError("nobody in the demo for " + task.getTaskDefinitionKey()));
    }

    /** The Camunda Form the task's model names (camunda:formRef). */
    private String formIdOf(Task task) {
        UserTask element = s.repository().getBpmnModelInstance(task.getProcessDefinitionId())
                .getModelElementById(task.getTaskDefinitionKey());
        return element.getCamundaFormRef();
    }
}
