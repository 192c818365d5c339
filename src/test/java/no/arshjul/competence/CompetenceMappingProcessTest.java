package no.arshjul.competence;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.notification.Notification;
import no.arshjul.notification.NotificationRepository;
import no.arshjul.support.ProcessWalk;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static no.arshjul.support.ProcessTestSupport.fireDueJobs;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Every path of competence-mapping, walked on the real model with the real forms. Each test has its own year. */
class CompetenceMappingProcessTest extends ProcessWalk {

    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    CompetenceMappingRepository mappingRecords;
    @Autowired
    CompetenceProfileService profiles;
    @Autowired
    NotificationRepository notifications;

    ProcessInstance start(String employee, int year) {
        clockAt(LocalDateTime.of(year, 1, 20, 9, 0));
        String id = mappings.start(employee, YearCalendar.defaultsFor(year).mappingDeadlines()).getProcessInstanceId();
        return runtimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    static Map<String, Object> registration() {
        return ValidSubmission.of("competence-registration",
                "holdings", List.of(ValidSubmission.listItem("competence-registration", "holdings",
                        "entryType", "CRAFT_CERTIFICATE", "title", "Fagbrev helsefagarbeider", "catalogueCode", "FB-HFA",
                        "completedDate", "2008-06-20")),
                "realSocial", "Erfaring med pårørendesamtaler");
    }

    @Test
    void employeeRegistersLeaderConfirmsAndTheProfileIsUpdated() {
        ProcessInstance mapping = start("ali", 2041);

        assertThat(mapping).isWaitingAt("register-competence");
        assertThat(task(mapping)).isAssignedTo("ali").hasName("Registrer kompetansen din");
        completeAs("ali", EMPLOYEE, mapping, registration());

        assertThat(mapping).isWaitingAt("confirm-competence");
        assertThat(task(mapping)).as("the leader is found in the organisation").isAssignedTo("sindre");
        completeAs("sindre", LEADER, mapping, ValidSubmission.of("competence-confirmation",
                "confirmationDecision", "CONFIRMED"));

        assertThat(mapping).hasPassed("update-competence-profile").isEnded();
        org.assertj.core.api.Assertions.assertThat(historyService().createHistoricActivityInstanceQuery()
                        .processInstanceId(mapping.getId()).list()).extracting(HistoricActivityInstance::getActivityId)
                .as("the steps in the history, without the start event and the gateway the case only passed")
                .containsExactlyInAnyOrder("register-competence", "confirm-competence", "update-competence-profile",
                        "competence-mapped");
        List<CompetenceHolding> profile = profiles.profileOf("ali");
        org.assertj.core.api.Assertions.assertThat(profile).extracting(CompetenceHolding::getTitle)
                .contains("Fagbrev helsefagarbeider", "Realkompetanse – sosial");
        org.assertj.core.api.Assertions.assertThat(profile).allSatisfy(h ->
                org.assertj.core.api.Assertions.assertThat(h.getConfirmedBy()).isEqualTo("sindre"));
        org.assertj.core.api.Assertions.assertThat(mappingRecords.findByProcessInstanceId(mapping.getId()))
                .hasValueSatisfying(m -> org.assertj.core.api.Assertions.assertThat(m.getStatus())
                        .isEqualTo(MappingStatus.CONFIRMED));
    }

    @Test
    void theAssigneesOfTasksLeaveNoTraceInTheTaskMeterLog() {
        ProcessInstance mapping = start("ali", 3412);
        completeAs("ali", EMPLOYEE, mapping, registration());
        assertThat(task(mapping)).isAssignedTo("sindre");

        org.assertj.core.api.Assertions.assertThat(managementService.getUniqueTaskWorkerCount(null, null))
                .as("Camunda's licence metric, a hash of each assignee per task, is not kept")
                .isZero();
    }

    @Test
    void leaderReturnsTheRegistrationWithACommentAndTheEmployeeCorrectsIt() {
        ProcessInstance mapping = start("per", 2042);
        completeAs("per", EMPLOYEE, mapping, registration());

        completeAs("lars", LEADER, mapping, ValidSubmission.of("competence-confirmation",
                "confirmationDecision", "RETURNED", "leaderComment", "Legg til spesialutdanningen din."));

        assertThat(mapping).isWaitingAt("register-competence");
        assertThat(task(mapping)).isAssignedTo("per");
        org.assertj.core.api.Assertions.assertThat(mappingRecords.findByProcessInstanceId(mapping.getId()).orElseThrow()
                .getLeaderComment()).isEqualTo("Legg til spesialutdanningen din.");

        completeAs("per", EMPLOYEE, mapping, registration());
        completeAs("lars", LEADER, mapping, ValidSubmission.of("competence-confirmation",
                "confirmationDecision", "CONFIRMED"));
        assertThat(mapping).isEnded();
    }

    @Test
    void returningWithoutACommentIsRefused() {
        ProcessInstance mapping = start("kari", 2043);
        completeAs("kari", EMPLOYEE, mapping, registration());

        assertThatThrownBy(() -> completeAs("lars", LEADER, mapping, ValidSubmission.of("competence-confirmation",
                "confirmationDecision", "RETURNED")))
                .hasMessageContaining("Kommentar til medarbeideren");
        assertThat(mapping).isWaitingAt("confirm-competence");
    }

    @Test
    void anUnknownCatalogueCodeIsRefusedAtRegistration() {
        ProcessInstance mapping = start("kari", 2044);

        assertThatThrownBy(() -> completeAs("kari", EMPLOYEE, mapping, ValidSubmission.of("competence-registration",
                "holdings", List.of(ValidSubmission.listItem("competence-registration", "holdings",
                        "catalogueCode", "FINNES-IKKE")))))
                .hasMessageContaining("FINNES-IKKE");
        assertThat(mapping).isWaitingAt("register-competence");
    }

    @Test
    void reminderBeforeTheDeadlineAndEscalationToTheLeaderAfterIt() {
        ProcessInstance mapping = start("anne", 2045);

        clockAt(LocalDateTime.of(2045, 3, 24, 9, 0));
        fireDueJobs(managementService, mapping.getId());

        assertThat(mapping).hasPassed("send-mapping-reminder").isWaitingAt("register-competence");
        org.assertj.core.api.Assertions.assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(mapping.getId()))
                .filteredOn(n -> n.getKind() != Notification.Kind.NEW_TASK) // new tasks are announced too
                .extracting(Notification::getRecipientUserId, Notification::getKind)
                .containsExactly(org.assertj.core.api.Assertions.tuple("anne", Notification.Kind.REMINDER));

        clockAt(LocalDateTime.of(2045, 4, 1, 0, 30));
        fireDueJobs(managementService, mapping.getId());

        assertThat(mapping).hasPassed("notify-leader-mapping-overdue").isWaitingAt("register-competence");
        org.assertj.core.api.Assertions.assertThat(notifications.findByProcessInstanceIdOrderByIdAsc(mapping.getId()))
                .filteredOn(n -> n.getKind() != Notification.Kind.NEW_TASK) // new tasks are announced too
                .extracting(Notification::getRecipientUserId, Notification::getKind)
                .containsExactly(org.assertj.core.api.Assertions.tuple("anne", Notification.Kind.REMINDER),
                        org.assertj.core.api.Assertions.tuple("lars", Notification.Kind.ESCALATION));
    }

    @Test
    void nothingIsDueBeforeTheReminderDate() {
        ProcessInstance mapping = start("anne", 2046);

        clockAt(LocalDateTime.of(2046, 3, 23, 23, 0));

        org.assertj.core.api.Assertions.assertThat(fireDueJobs(managementService, mapping.getId())).isZero();
        assertThat(mapping).isWaitingAt("register-competence");
    }
}
