package no.arshjul.notification;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.TaskDriver;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
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

/**
 * Every open task with a due date is reminded once before it, in any model, and a model's own
 * reminder timer does not remind it a second time. Test years 3270–3279.
 */
@ArshjulTest
class DeadlineReminderTest {

    @Autowired
    DeadlineReminders reminders;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    IdentityService identityService;
    @Autowired
    OrganisationService organisation;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        for (int year = 3269; year <= 3279; year++) {
            deleteYear(runtimeService, year);
        }
    }

    private List<Notification> remindersOf(String instance) {
        return notifications.findByProcessInstanceIdAndKindOrderByIdAsc(instance, Notification.Kind.REMINDER);
    }

    @Test
    void aTaskWithoutAReminderTimerIsRemindedOnceAWeekBeforeItsDeadline() {
        // "Evaluer sektorens plan" has a due date and no timer in its model
        clockAt(LocalDateTime.of(3270, 1, 20, 9, 0));
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(3270).planVariables());
        variables.put("planYear", 3269);
        variables.put("sectors", Variables.objectValue(List.of("HO"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        String instance = runtimeService.startProcessInstanceByKey("plan-evaluation", "3269", variables).getId();

        // due at the end of 31 March: not yet on 20 March
        clockAt(LocalDateTime.of(3270, 3, 20, 9, 0));
        reminders.remindDue();
        assertThat(remindersOf(instance)).isEmpty();

        clockAt(LocalDateTime.of(3270, 3, 25, 9, 0));
        reminders.remindDue();
        reminders.remindDue();
        clockAt(LocalDateTime.of(3270, 3, 30, 9, 0));
        reminders.remindDue();
        String title = taskService.createTaskQuery().processInstanceId(instance).singleResult().getName();
        assertThat(title).as("the task names its plan and sector").startsWith("Evaluer planen for 3269 for Helse og omsorg");
        assertThat(remindersOf(instance)).singleElement().satisfies(n -> {
            assertThat(n.getRecipientUserId()).isEqualTo("siri");
            assertThat(n.getSubject()).isEqualTo("Påminnelse: " + title);
            assertThat(n.getBody()).contains("31.03.3270");
        });

        // a group's task: every member of the group is reminded, once
        new TaskDriver(taskService, identityService, organisation).complete("siri",
                taskService.createTaskQuery().processInstanceId(instance).singleResult(),
                ValidSubmission.of("sector-plan-evaluation"));
        assertThat(taskService.createTaskQuery().processInstanceId(instance).singleResult().getTaskDefinitionKey())
                .isEqualTo("compile-evaluation");
        reminders.remindDue();
        reminders.remindDue();
        List<String> hr = organisation.membersOf(Role.HR).stream().map(Employee::getUserId).toList();
        assertThat(remindersOf(instance)).extracting(Notification::getRecipientUserId)
                .containsExactlyInAnyOrderElementsOf(concat(List.of("siri"), hr));

        // past the deadline: no more reminders (escalation is another matter)
        clockAt(LocalDateTime.of(3270, 4, 2, 9, 0));
        assertThat(reminders.remindDue()).isZero();
    }

    @Test
    void aModelsOwnReminderTimerAndTheReminderJobRemindATaskOnceBetweenThem() {
        clockAt(LocalDateTime.of(3271, 2, 1, 9, 0));
        String kari = appraisals.start("kari", YearCalendar.defaultsFor(3271).talkDeadlines()).getProcessInstanceId();
        String per = appraisals.start("per", YearCalendar.defaultsFor(3271).talkDeadlines()).getProcessInstanceId();

        // the preparation is due at the end of 18 May; the model's timer fires on the morning of 11 May
        clockAt(LocalDateTime.of(3271, 5, 11, 8, 30));
        fireDueJobs(managementService, kari);
        assertThat(remindersOf(kari)).hasSize(1);
        clockAt(LocalDateTime.of(3271, 5, 12, 9, 0));
        reminders.remindDue();
        assertThat(remindersOf(kari)).as("the job does not repeat the timer's reminder").hasSize(1);

        // the other way round: the job first, then the timer
        assertThat(remindersOf(per)).as("the job reminded per").singleElement()
                .satisfies(n -> assertThat(n.getRecipientUserId()).isEqualTo("per"));
        fireDueJobs(managementService, per);
        assertThat(remindersOf(per)).as("the timer does not repeat the job's reminder").hasSize(1);
    }

    @Test
    void theMinutesReviewIsDueInTwoWeeksAndRemindedAWeekBefore() {
        int year = 3272;
        clockAt(LocalDateTime.of(year, 3, 2, 10, 0));
        Employee kari = organisation.findByUserId("kari").orElseThrow();
        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(year).appraisalVariables());
        variables.put("employeeUserId", "kari");
        String talk = runtimeService.createProcessInstanceByKey("appraisal-talk")
                .businessKey(year + ":" + kari.getEmployeeNumber()).setVariables(variables)
                .startBeforeActivity("review-minutes").execute().getId();
        var review = taskService.createTaskQuery().processInstanceId(talk).singleResult();
        assertThat(review.getTaskDefinitionKey()).isEqualTo("review-minutes");
        assertThat(no.arshjul.EngineClock.deadlineDay(review.getDueDate().toInstant()))
                .isEqualTo(java.time.LocalDate.of(year, 3, 16));

        clockAt(LocalDateTime.of(year, 3, 8, 10, 0));
        reminders.remindDue();
        assertThat(remindersOf(talk)).isEmpty();
        clockAt(LocalDateTime.of(year, 3, 10, 10, 0));
        reminders.remindDue();
        assertThat(remindersOf(talk)).singleElement().satisfies(n -> {
            assertThat(n.getRecipientUserId()).isEqualTo("kari");
            assertThat(n.getBody()).contains("16.03.3272");
        });
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
