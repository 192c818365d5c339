package no.arshjul.models;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static no.arshjul.models.HrModelChanges.TALK;
import static no.arshjul.models.ModelUploads.files;
import static no.arshjul.models.ModelUploads.modeler;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda Modeler deploys a changed process alone; Årshjul adds its forms, logs who deployed it, lists
 * the new version, and offers the current models as a zip laid out like the repository.
 */
@ArshjulTest
@SuppressWarnings({"rawtypes", "unchecked"})
class ModelCatalogTest {

    static final String MODELER_DEPLOYMENT = "model-catalog-test";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;

    @AfterEach
    void removeDeployments() {
        ModelUploads.deleteDeployments(repositoryService, MODELER_DEPLOYMENT);
    }

    @Test
    void aProcessDeployedFromModelerComesWithItsFormsIsListedAndIsInTheZip() throws IOException {
        String model = HrModelChanges.talkWithPreparationDueAtTalksDeadline();

        ResponseEntity<Map> deployed = modeler(http, "hege", MODELER_DEPLOYMENT, files(TALK, model));

        assertThat(deployed.getStatusCode()).as("%s", deployed.getBody()).isEqualTo(HttpStatus.OK);
        String deploymentId = (String) deployed.getBody().get("id");
        assertThat(repositoryService.getDeploymentResourceNames(deploymentId)).containsExactlyInAnyOrder(
                "processes/appraisal-talk.bpmn", "forms/appraisal-prep-employee.form", "forms/appraisal-prep-leader.form",
                "forms/appraisal-schedule.form", "forms/appraisal-minutes.form", "forms/appraisal-minutes-review.form",
                "forms/measure-follow-up.form");

        Map overview = http.withBasicAuth("hege", "demo").getForObject("/api/models", Map.class);
        Map talk = ((List<Map>) overview.get("processes")).stream()
                .filter(p -> "appraisal-talk".equals(p.get("key"))).findFirst().orElseThrow();
        Map current = ((List<Map>) talk.get("versions")).get(0);
        assertThat(current).containsEntry("deploymentId", deploymentId).containsEntry("deployedBy", "hege")
                .containsEntry("comment", "Camunda Modeler: " + MODELER_DEPLOYMENT).containsEntry("latest", true)
                .containsEntry("inRepository", false).containsEntry("runningInstances", 0);
        assertThat(overview).containsEntry("repositoryBehind", true);
        assertThat(((List<Map>) overview.get("forms"))).extracting(f -> f.get("key")).contains("appraisal-schedule");

        ResponseEntity<byte[]> file = http.withBasicAuth("hege", "demo").getForEntity(
                "/api/models/file?deploymentId={d}&name={n}", byte[].class, deploymentId, "processes/appraisal-talk.bpmn");
        assertThat(new String(file.getBody(), StandardCharsets.UTF_8)).isEqualTo(model);
        assertThat(file.getHeaders().getContentDisposition().getFilename()).isEqualTo("appraisal-talk.bpmn");

        Map<String, String> zip = unzip(http.withBasicAuth("hege", "demo").getForObject("/api/models/current.zip", byte[].class));
        assertThat(zip).containsKeys("processes/annual-cycle.bpmn", "processes/competence-mapping.bpmn",
                "forms/annual-cycle-calendar.form", "forms/competence-registration.form", "forms/appraisal-minutes.form");
        assertThat(zip.get("processes/appraisal-talk.bpmn")).isEqualTo(model);
        assertThat(zip.keySet()).allMatch(name -> name.startsWith("processes/") || name.startsWith("forms/"));
    }

    @Test
    void theRepositoryIsInStepWhenNothingWasDeployedAtRunTime() {
        Map overview = http.withBasicAuth("hege", "demo").getForObject("/api/models", Map.class);

        ProcessDefinition cycle = repositoryService.createProcessDefinitionQuery().processDefinitionKey("annual-cycle")
                .latestVersion().singleResult();
        Map annualCycle = ((List<Map>) overview.get("processes")).stream()
                .filter(p -> "annual-cycle".equals(p.get("key"))).findFirst().orElseThrow();
        assertThat(((List<Map>) annualCycle.get("versions")).get(0)).containsEntry("definitionId", cycle.getId())
                .containsEntry("inRepository", true).containsEntry("deployedBy", "oppstart fra processes/ og forms/");
    }

    static Map<String, String> unzip(byte[] bytes) throws IOException {
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }
}
