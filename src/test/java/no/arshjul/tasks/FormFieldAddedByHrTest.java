package no.arshjul.tasks;

import no.arshjul.forms.FormSubmissionRepository;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.models.ModelFolderDeployment;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** HR adds a question to a form; its answer is validated and kept, with no code change. */
@ArshjulTest
class FormFieldAddedByHrTest {

    static final String NAME = "hr-added-field-test";

    @Autowired
    ModelFolderDeployment deployment;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    TaskService taskService;
    @Autowired
    FormSubmissionRepository submissions;
    @TempDir
    Path dir;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        repositoryService.createDeploymentQuery().deploymentName(NAME).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void theNewFieldsAnswerIsStoredInTheSubmission() throws IOException {
        Path processes = Files.createDirectories(dir.resolve("processes"));
        Path forms = Files.createDirectories(dir.resolve("forms"));
        Files.copy(Path.of("processes/appraisal-talk.bpmn"), processes.resolve("appraisal-talk.bpmn"));
        for (Path form : Files.newDirectoryStream(Path.of("forms"), "appraisal-*.form")) {
            Files.copy(form, forms.resolve(form.getFileName()));
        }
        Files.copy(Path.of("forms/measure-follow-up.form"), forms.resolve("measure-follow-up.form"));
        Path prep = forms.resolve("appraisal-prep-employee.form");
        Files.writeString(prep, Files.readString(prep).replaceFirst("\"components\": \\[",
                "\"components\": [ { \"id\": \"hms-question\", \"type\": \"textarea\", \"key\": \"hmsConcerns\","
                        + " \"label\": \"Har du noe å ta opp om HMS?\", \"validate\": { \"maxLength\": 500 } },"));
        deployment.deploy(processes, forms, NAME);

        clockAt(LocalDateTime.of(2501, 2, 1, 9, 0));
        String instance = appraisals.start("per", YearCalendar.defaultsFor(2501).talkDeadlines()).getProcessInstanceId();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        taskService.complete(task, ValidSubmission.of("appraisal-prep-employee", "hmsConcerns", "Tunge løft på nattevakt"));

        assertThat(submissions.findFirstByProcessInstanceIdAndFormKeyOrderByIdDesc(instance, "appraisal-prep-employee")
                .orElseThrow().getData()).contains("\"hmsConcerns\":\"Tunge løft på nattevakt\"");
    }
}
