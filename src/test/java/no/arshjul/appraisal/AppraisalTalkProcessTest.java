package no.arshjul.appraisal;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.notification.Notification;
import no.arshjul.notification.NotificationRepository;
import no.arshjul.support.ProcessWalk;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Every path of appraisal-talk on the real model and forms. Each test has its own year. */
class AppraisalTalkProcessTest extends ProcessWalk {

    @Autowired
    AppraisalService appraisals;
    @Autowired
    AppraisalTalkRepository talks;
    @Autowired
    DevelopmentMeasureRepository measures;
    @Autowired
    TalkMinutesRepository minutes;
    @Autowired
    NotificationRepository notifications;

    ProcessInstance start(String employee, int year) {
        clockAt(LocalDateTime.of(year, 2, 1, 9, 0));
        String id = appraisals.start(employee, YearCalendar.defaultsFor(year).talkDeadlines()).getProcessInstanceId();
        return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    static Map<String, Object> measure(String title, String dueDate) {
        return ValidSubmission.listItem("appraisal-minutes", "measures", "title", title, "responsible", "lars",
                "dueDate", dueDate, "costNok", 4500);
    }

    /** Preparation, scheduling and minutes with the given measures; ends waiting at review-minutes. */
    void holdTheTalk(ProcessInstance talk, List<Map<String, Object>> plan) {
        assertThat(talk).isWaitingAt("prepare-employee");
        completeAs("kari", EMPLOYEE, talk, ValidSubmission.of("appraisal-prep-employee", "pdWishes", "Sårbehandling"));
        assertThat(talk).isWaitingAt("prepare-leader");
        assertThat(task(talk)).isAssignedTo("lars");
        completeAs("lars", LEADER, talk, ValidSubmission.of("appraisal-prep-leader"));
        assertThat(talk).isWaitingAt("schedule-talk");
        completeAs("lars", LEADER, talk, ValidSubmission.of("appraisal-schedule",
                "talkDate", "2027-03-10", "talkPlace", "Møterom 2"));
        assertThat(talk).isWaitingAt("record-minutes");
        completeAs("lars", LEADER, talk, ValidSubmission.of("appraisal-minutes",
                "talkDate", "2027-03-10", "summary", "God samtale om sårbehandling.", "measures", plan));
        assertThat(talk).isWaitingAt("review-minutes");
        assertThat(task(talk)).isAssignedTo("kari");
    }

    @Test
    void theWholeTalkWithAMeasureFollowedUpAsDone() {
        ProcessInstance talk = start("kari", 2051);
        holdTheTalk(talk, List.of(measure("Kurs i sårbehandling", "2051-09-01")));

        completeAs("kari", EMPLOYEE, talk, ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));

        assertThat(talk).hasNotPassed("record-disagreement").isWaitingAt("measure-due");
        clockAt(LocalDateTime.of(2051, 9, 1, 8, 30));
        fireDueJobs(managementService, talk.getId());
        assertThat(talk).isWaitingAt("follow-up-measure");
        completeAs("lars", LEADER, talk, ValidSubmission.of("measure-follow-up", "followUpOutcome", "DONE"));

        assertThat(talk).isEnded();
        AppraisalTalk record = talks.findByProcessInstanceId(talk.getId()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(record.getStatus()).isEqualTo(TalkStatus.AGREED);
        org.assertj.core.api.Assertions.assertThat(record.getTalkPlace()).isEqualTo("Møterom 2");
        org.assertj.core.api.Assertions.assertThat(measures.findByTalkOrderByIdAsc(record))
                .extracting(DevelopmentMeasure::getTitle, DevelopmentMeasure::getStatus)
                .containsExactly(tuple("Kurs i sårbehandling", MeasureStatus.COMPLETED));
    }

    @Test
    void disagreementIsKeptBesideTheMinutesAndTheLeaderIsTold() {
        ProcessInstance talk = start("kari", 2052);
        holdTheTalk(talk, List.of());

        completeAs("kari", EMPLOYEE, talk, ValidSubmission.of("appraisal-minutes-review",
                "employeeAck", "DISAGREE", "employeeComment", "Jeg ba om fagskole, ikke kurs."));

        assertThat(talk).hasPassed("record-disagreement").isEnded();
        AppraisalTalk record = talks.findByProcessInstanceId(talk.getId()).orElseThrow();
        TalkMinutes kept = minutes.findByTalk(record).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(kept.getSummary()).isEqualTo("God samtale om sårbehandling.");
        org.assertj.core.api.Assertions.assertThat(kept.getEmployeeAck()).isEqualTo("DISAGREE");
        org.assertj.core.api.Assertions.assertThat(kept.getEmployeeComment()).isEqualTo("Jeg ba om fagskole, ikke kurs.");
        org.assertj.core.api.Assertions.assertThat(record.getStatus()).isEqualTo(TalkStatus.DISAGREED);
        org.assertj.core.api.Assertions.assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(talk.getId()))
                .extracting(Notification::getRecipientUserId, Notification::getKind)
                .contains(tuple("lars", Notification.Kind.INFORMATION));
    }

    @Test
    void disagreementWithoutACommentIsRefused() {
        ProcessInstance talk = start("kari", 2053);
        holdTheTalk(talk, List.of());

        assertThatThrownBy(() -> completeAs("kari", EMPLOYEE, talk,
                ValidSubmission.of("appraisal-minutes-review", "employeeAck", "DISAGREE")))
                .hasMessageContaining("Kommentar");
        assertThat(talk).isWaitingAt("review-minutes");
    }

    @Test
    void aPostponedMeasureComesBackAtItsNewDateAndACancelledOneNeedsAReason() {
        ProcessInstance talk = start("kari", 2054);
        holdTheTalk(talk, List.of(measure("Hospitering", "2054-05-01"), measure("Fagskole", "2054-05-01")));
        completeAs("kari", EMPLOYEE, talk, ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));

        clockAt(LocalDateTime.of(2054, 5, 1, 9, 0));
        fireDueJobs(managementService, talk.getId());
        List<Task> followUps = taskService.createTaskQuery().processInstanceId(talk.getId()).list();
        org.assertj.core.api.Assertions.assertThat(followUps).hasSize(2);

        assertThatThrownBy(() -> completeAs("lars", LEADER, followUps.get(0),
                ValidSubmission.of("measure-follow-up", "followUpOutcome", "POSTPONED")))
                .as("postponing needs a new date").hasMessageContaining("Ny frist");
        completeAs("lars", LEADER, followUps.get(0), ValidSubmission.of("measure-follow-up",
                "followUpOutcome", "POSTPONED", "newDueDate", "2054-10-01"));
        assertThatThrownBy(() -> completeAs("lars", LEADER, followUps.get(1),
                ValidSubmission.of("measure-follow-up", "followUpOutcome", "CANCELLED")))
                .as("cancelling needs a reason").hasMessageContaining("begrunnelse");
        completeAs("lars", LEADER, followUps.get(1), ValidSubmission.of("measure-follow-up",
                "followUpOutcome", "CANCELLED", "followUpComment", "Ikke tilbud i år."));

        org.assertj.core.api.Assertions.assertThat(taskService.createTaskQuery().processInstanceId(talk.getId()).count())
                .as("the postponed measure waits for its new date").isZero();
        clockAt(LocalDateTime.of(2054, 10, 1, 9, 0));
        fireDueJobs(managementService, talk.getId());
        completeAs("lars", LEADER, talk, ValidSubmission.of("measure-follow-up", "followUpOutcome", "DONE"));

        assertThat(talk).isEnded();
        AppraisalTalk record = talks.findByProcessInstanceId(talk.getId()).orElseThrow();
        org.assertj.core.api.Assertions.assertThat(measures.findByTalkOrderByIdAsc(record))
                .extracting(DevelopmentMeasure::getStatus)
                .containsExactlyInAnyOrder(MeasureStatus.COMPLETED, MeasureStatus.CANCELLED);
    }

    @Test
    void reminderAndEscalationForTheEmployeesPreparation() {
        ProcessInstance talk = start("anne", 2055);

        clockAt(LocalDateTime.of(2055, 5, 11, 9, 0));
        fireDueJobs(managementService, talk.getId());
        assertThat(talk).hasPassed("send-prep-reminder").isWaitingAt("prepare-employee");

        clockAt(LocalDateTime.of(2055, 5, 19, 1, 0));
        fireDueJobs(managementService, talk.getId());
        assertThat(talk).hasPassed("notify-leader-prep-overdue").isWaitingAt("prepare-employee");

        org.assertj.core.api.Assertions.assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(talk.getId()))
                .filteredOn(n -> n.getKind() != Notification.Kind.NEW_TASK) // new tasks are announced too
                .extracting(Notification::getRecipientUserId, Notification::getKind)
                .containsExactly(tuple("anne", Notification.Kind.REMINDER), tuple("lars", Notification.Kind.ESCALATION));
    }

    @Test
    void theLeaderIsWarnedWhenTheTalksDeadlinePassesWithoutMinutes() {
        ProcessInstance talk = start("kari", 2056);
        completeAs("kari", EMPLOYEE, talk, ValidSubmission.of("appraisal-prep-employee"));
        completeAs("lars", LEADER, talk, ValidSubmission.of("appraisal-prep-leader"));
        completeAs("lars", LEADER, talk, ValidSubmission.of("appraisal-schedule"));

        clockAt(LocalDateTime.of(2056, 6, 16, 1, 0));
        fireDueJobs(managementService, talk.getId());

        assertThat(talk).hasPassed("notify-leader-talk-overdue").isWaitingAt("record-minutes");
    }

    @Test
    void startingTwiceGivesOneTalk() {
        ProcessInstance first = start("per", 2057);

        String again = appraisals.start("per", YearCalendar.defaultsFor(2057).talkDeadlines()).getProcessInstanceId();

        org.assertj.core.api.Assertions.assertThat(again).isEqualTo(first.getId());
        org.assertj.core.api.Assertions.assertThat(runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("2057:10005").count()).isEqualTo(1);
    }
}
