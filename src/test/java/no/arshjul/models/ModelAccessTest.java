package no.arshjul.models;

import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

import java.util.List;
import java.util.Map;

import static no.arshjul.models.HrModelChanges.TALK;
import static no.arshjul.models.ModelUploads.api;
import static no.arshjul.models.ModelUploads.change;
import static no.arshjul.models.ModelUploads.deployments;
import static no.arshjul.models.ModelUploads.files;
import static no.arshjul.models.ModelUploads.modeler;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Only hr may list, validate, deploy, roll back or migrate models; others are refused and nothing changes. */
@ArshjulTest
class ModelAccessTest {

    static final String MODELER_DEPLOYMENT = "model-access-test";

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    IdentityService identityService;
    @Autowired
    ModelDeployer deployer;

    @AfterEach
    void removeDeployments() {
        ModelUploads.deleteDeployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);
        ModelUploads.deleteDeployments(repositoryService, MODELER_DEPLOYMENT);
    }

    @Test
    void onlyHrMayValidateDeployRollBackOrMigrate() {
        String version = repositoryService.createProcessDefinitionQuery().processDefinitionKey("appraisal-talk")
                .latestVersion().singleResult().getId();
        Map<String, String> upload = files(TALK, HrModelChanges.talkWithHmsStep(), HrModelChanges.HMS_FORM,
                HrModelChanges.hmsForm());
        Map<String, String> migration = Map.of("sourceDefinitionId", version, "targetDefinitionId", version);

        for (String user : List.of("kari", "lars")) {
            TestRestTemplate as = http.withBasicAuth(user, "demo");
            assertThat(api(http, user, "validate", upload).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api(http, user, "deploy", upload).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(status(as.postForEntity("/api/models/versions/" + version + "/rollback", null, Map.class).getStatusCode()))
                    .isEqualTo(403);
            assertThat(as.postForEntity("/api/models/migrations/plan", migration, Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as.postForEntity("/api/models/migrations", migration, Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as.getForEntity("/api/models", Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(as.getForEntity("/api/models/current.zip", byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(deployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME)).isZero();

        assertThat(api(http, "hege", "validate", upload).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("hege", "demo").postForEntity("/api/models/migrations/plan", migration, Map.class)
                .getBody()).containsEntry("message", "Instansene kjører allerede på versjon "
                + repositoryService.getProcessDefinition(version).getVersion() + " av «appraisal-talk». Velg en annen "
                + "versjon å flytte dem til.");
    }

    @Test
    void theHrGroupsEngineGrantsAreEnoughToCheckAndDeploy() {
        // An HR adviser known only by the hr group has that group's engine grants and nothing more.
        List<ModelFile> upload = List.of(ModelFile.uploaded(TALK, HrModelChanges.talkWithHmsStep().getBytes(UTF_8)),
                ModelFile.uploaded(HrModelChanges.HMS_FORM, HrModelChanges.hmsForm().getBytes(UTF_8)));

        ModelDeployer.Deployed deployed = Engine.as(identityService, "hr.adviser", List.of("hr", "employee"),
                () -> deployer.deploy(upload, "hr.adviser", DeploymentLogEntry.Channel.API, null));

        assertThat(deployed.definitions()).extracting(ModelDeployer.DefinitionRef::key).contains("appraisal-talk");
        assertThatThrownBy(() -> Engine.as(identityService, "lars", List.of("leader", "employee"),
                () -> deployer.deploy(upload, "lars", DeploymentLogEntry.Channel.API, null)))
                .isInstanceOf(AuthorizationException.class);
    }

    @Test
    void modelerDeploysOfOthersGetTheEnginesRefusalNotTheValidation() {
        String invalid = change(HrModelChanges.talk(), "${disagreementRecorder}", "${disagreementLogger}");

        var kari = modeler(http, "kari", MODELER_DEPLOYMENT, files(TALK, invalid));

        assertThat(kari.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(kari.getBody()).containsEntry("type", "AuthorizationException");
        assertThat(deployments(repositoryService, MODELER_DEPLOYMENT)).isZero();
    }

    private static int status(HttpStatusCode code) {
        return code.value();
    }
}
