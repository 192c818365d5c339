package no.arshjul.models;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.ValidSubmission;
import no.arshjul.forms.FormSubmissionRepository;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import static no.arshjul.models.ModelUploads.api;
import static no.arshjul.models.ModelUploads.files;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR adds a question to a form and uploads only the form: Årshjul redeploys the process that uses it,
 * so the question appears in new tasks, and its answer is kept in the stored submission.
 */
@ArshjulTest
@SuppressWarnings({"rawtypes", "unchecked"})
class NewQuestionTest {

    static final String FORM = "appraisal-prep-employee.form";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    TaskService taskService;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    FormSubmissionRepository submissions;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        ModelUploads.deleteDeployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);
    }

    @Test
    void aQuestionAddedToAFormIsAskedInNewTasksAndItsAnswerIsStored() {
        Map<String, String> upload = files(FORM, HrModelChanges.prepFormWithHmsQuestion());

        Map check = api(http, "hege", "validate", upload).getBody();
        assertThat(check).as("%s", check).containsEntry("valid", true);
        assertThat((List<Map>) check.get("changes")).extracting(c -> c.get("type"), c -> c.get("elementId"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ADDED", "hmsConcerns"));
        assertThat((List<Map>) check.get("included")).anySatisfy(included -> {
            assertThat(included.get("file")).isEqualTo("processes/appraisal-talk.bpmn");
            assertThat((String) included.get("reason")).contains("skjemaet «appraisal-prep-employee»");
        });

        ResponseEntity<Map> deployed = api(http, "hege", "deploy", upload);
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map>) deployed.getBody().get("definitions")).extracting(d -> d.get("key"))
                .contains("appraisal-talk", "appraisal-prep-employee");

        clockAt(LocalDateTime.of(2721, 2, 1, 9, 0));
        String instance = appraisals.start("kari", YearCalendar.defaultsFor(2721).talkDeadlines()).getProcessInstanceId();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        Map form = http.withBasicAuth("kari", "demo").getForObject("/api/tasks/" + task, Map.class);
        assertThat((String) form.get("schema")).contains("\"hmsConcerns\"");

        ResponseEntity<Map> completed = http.withBasicAuth("kari", "demo").postForEntity("/api/tasks/" + task + "/complete",
                ValidSubmission.of("appraisal-prep-employee", "hmsConcerns", "Tunge løft på nattevakt"), Map.class);
        assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submissions.findFirstByProcessInstanceIdAndFormKeyOrderByIdDesc(instance, "appraisal-prep-employee")
                .orElseThrow().getData()).contains("\"hmsConcerns\":\"Tunge løft på nattevakt\"");
    }
}
