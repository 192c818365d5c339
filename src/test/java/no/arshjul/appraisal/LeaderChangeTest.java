package no.arshjul.appraisal;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.OrganisationImportService;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** A new unit leader from the payroll import takes over the open leader tasks of that unit. Rolled back after. */
@ArshjulTest
@Transactional
class LeaderChangeTest {

    @Autowired
    AppraisalService appraisals;
    @Autowired
    OrganisationImportService importService;
    @Autowired
    TaskService taskService;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void openLeaderTasksMoveToTheNewLeader() {
        clockAt(LocalDateTime.of(2301, 2, 1, 9, 0));
        String kari = appraisals.start("kari", YearCalendar.defaultsFor(2301).talkDeadlines()).getProcessInstanceId();
        String nina = appraisals.start("nina", YearCalendar.defaultsFor(2301).talkDeadlines()).getProcessInstanceId();
        taskService.complete(task(kari), ValidSubmission.of("appraisal-prep-employee"));
        taskService.complete(task(nina), ValidSubmission.of("appraisal-prep-employee"));
        assertThat(taskService.createTaskQuery().taskId(task(kari)).singleResult().getAssignee()).isEqualTo("lars");

        String file = "ansattnummer;brukernavn;fornavn;etternavn;epost;fodselsdato;stilling;stillingsprosent;startdato;"
                + "enhet;aktiv;leder_for\n"
                + "92001;ny.leder;Nora;Ny;ny.leder@fjordvik.kommune.no;1980-05-05;Enhetsleder;100;2301-01-01;"
                + "HO-SYKEHJEM;ja;HO-SYKEHJEM\n";
        importService.importEmployees(file.getBytes(StandardCharsets.UTF_8), false);

        assertThat(taskService.createTaskQuery().taskId(task(kari)).singleResult().getAssignee()).isEqualTo("ny.leder");
        assertThat(taskService.createTaskQuery().taskId(task(nina)).singleResult().getAssignee())
                .as("nina's closest leader is still sindre").isEqualTo("sindre");
    }

    private String task(String processInstanceId) {
        return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
    }
}
