package no.arshjul.notification;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * An overdue task is escalated to the leader above whoever holds it: the employee's task to the
 * employee's leader, a leader's own task to the leader above them, the top of the organisation's to
 * HR. The engine's clock is moved past the deadline. Test years 3280–3289.
 */
@ArshjulTest
class OverdueEscalationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessNotifications processNotifications;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    OrganisationService organisation;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @BeforeEach
    void useThisEngineForAssertions() {
        AbstractAssertions.init(engine);
    }

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        for (int year = 3280; year <= 3289; year++) {
            deleteYear(runtimeService, year);
        }
    }

    /** The employee's talk of the year, held: it waits for the leader's minutes ("record-minutes"). */
    static ProcessInstance talkWaitingForMinutes(RuntimeService runtimeService, OrganisationService organisation,
                                                 String employeeUserId, int year) {
        Employee employee = organisation.findByUserId(employeeUserId).orElseThrow();
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(year).appraisalVariables());
        variables.put("employeeUserId", employeeUserId);
        return runtimeService.createProcessInstanceByKey("appraisal-talk")
                .businessKey(year + ":" + employee.getEmployeeNumber()).setVariables(variables)
                .startBeforeActivity("record-minutes").execute();
    }

    private List<Notification> escalationsOf(String instance) {
        return notifications.findByProcessInstanceIdAndKindOrderByIdAsc(instance, Notification.Kind.ESCALATION);
    }

    @Test
    void aLeadersOverdueTaskGoesToTheLeaderAboveThem() {
        int year = 3280;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        // the talk has been held; Lars, her leader, has not written the minutes
        ProcessInstance talk = talkWaitingForMinutes(runtimeService, organisation, "kari", year);
        assertThat(talk).isWaitingAt("record-minutes");
        assertThat(taskService.createTaskQuery().processInstanceId(talk.getId()).singleResult().getAssignee()).isEqualTo("lars");

        clockAt(LocalDateTime.of(year, 6, 15, 23, 0));
        fireDueJobs(managementService, talk.getId());
        assertThat(escalationsOf(talk.getId())).isEmpty();

        clockAt(LocalDateTime.of(year, 6, 16, 0, 30));
        fireDueJobs(managementService, talk.getId());
        assertThat(talk).hasPassed("talk-overdue", "notify-leader-talk-overdue").isWaitingAt("record-minutes");
        assertThat(escalationsOf(talk.getId())).singleElement().satisfies(n -> {
            assertThat(n.getRecipientUserId()).as("Siri leads Lars's unit's sector").isEqualTo("siri");
            assertThat(n.getSubject()).isEqualTo("Fristen er passert: Skriv referat og utviklingsplan");
            assertThat(n.getBody()).contains("Lars Berg").contains("Kari Nordmann").contains("15.06.3280");
        });
    }

    @Test
    void anEmployeesOverdueTaskGoesToTheirLeader() {
        int year = 3281;
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String talk = appraisals.start("kari", YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();

        clockAt(LocalDateTime.of(year, 5, 19, 0, 30));
        fireDueJobs(managementService, talk);
        assertThat(escalationsOf(talk)).singleElement()
                .satisfies(n -> assertThat(n.getRecipientUserId()).isEqualTo("lars"));
    }

    @Test
    void theTopHasNoOneAboveAndHrIsTold() {
        assertThat(processNotifications.above("kari")).containsExactly("lars");
        assertThat(processNotifications.above("lars")).containsExactly("siri");
        List<String> hr = organisation.membersOf(Role.HR).stream().map(Employee::getUserId).toList();
        assertThat(processNotifications.above("rita")).containsExactlyInAnyOrderElementsOf(hr).contains("hege");
        assertThat(processNotifications.above(null)).as("a group's task no one took").containsExactlyInAnyOrderElementsOf(hr);
    }
}
