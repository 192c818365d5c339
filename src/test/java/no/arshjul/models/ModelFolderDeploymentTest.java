package no.arshjul.models;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ArshjulTest
class ModelFolderDeploymentTest {

    static final String NAME = "model-folder-test";

    @Autowired
    ModelFolderDeployment deployment;
    @Autowired
    RepositoryService repositoryService;

    @TempDir
    Path copy;

    @AfterEach
    void removeTestDeployments() {
        repositoryService.createDeploymentQuery().deploymentName(NAME).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    @Test
    void startUpDeployedTheModelsFromTheFoldersWithTheirForms() {
        ProcessDefinition annualCycle = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey("annual-cycle").latestVersion().singleResult();

        assertThat(annualCycle).isNotNull();
        assertThat(annualCycle.getName()).isEqualTo("Årshjul for kompetanse og medarbeiderskap");
        assertThat(repositoryService.getDeploymentResourceNames(annualCycle.getDeploymentId()))
                .contains("processes/annual-cycle.bpmn", "forms/annual-cycle-calendar.form");
    }

    @Test
    void unchangedFilesMakeNoNewVersionAndAChangedFileDoes() throws IOException {
        Path processes = copyOf("processes");
        Path forms = copyOf("forms");

        ModelFolderDeployment.Result first = deployment.deploy(processes, forms, NAME);
        int firstVersion = latestAnnualCycle().getVersion();
        ModelFolderDeployment.Result restart = deployment.deploy(processes, forms, NAME);

        assertThat(first.created()).isTrue();
        assertThat(restart.created()).isFalse();
        assertThat(restart.deploymentId()).isEqualTo(first.deploymentId());
        assertThat(latestAnnualCycle().getVersion()).isEqualTo(firstVersion);

        Path form = forms.resolve("annual-cycle-calendar.form");
        Files.writeString(form, Files.readString(form).replace("Merknad til kalenderen", "Merknad fra HR"));
        ModelFolderDeployment.Result changed = deployment.deploy(processes, forms, NAME);

        assertThat(changed.created()).isTrue();
        assertThat(latestAnnualCycle().getVersion()).as("the process is redeployed with its changed form")
                .isEqualTo(firstVersion + 1);
        assertThat(repositoryService.getDeploymentResourceNames(changed.deploymentId()))
                .as("all models are deployed again together").hasSize(first.resources())
                .contains("processes/annual-cycle.bpmn", "forms/annual-cycle-calendar.form");
    }

    @Test
    void emptyFoldersDeployNothing() {
        ModelFolderDeployment.Result result = deployment.deploy(copy.resolve("none"), copy.resolve("none"), NAME);

        assertThat(result.created()).isFalse();
        assertThat(repositoryService.createDeploymentQuery().deploymentName(NAME).count()).isZero();
    }

    @Test
    void aFolderModelThatWouldRunCodeStopsStartUpWithNothingDeployed() throws IOException {
        Path processes = copyOf("processes");
        Path forms = copyOf("forms");
        Path talk = processes.resolve("appraisal-talk.bpmn");
        Files.writeString(talk, Files.readString(talk).replace("${employeeAck == 'DISAGREE'}",
                "${employeeAck == ''.getClass().getName()}"));
        long before = repositoryService.createDeploymentQuery().count();

        assertThatThrownBy(() -> deployment.deploy(processes, forms, NAME))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("processes/appraisal-talk.bpmn, linje")
                .hasMessageContaining("element «flow-disagreed»: Uttrykket «${employeeAck == ''.getClass().getName()}» "
                        + "er ikke tillatt: «getClass()» er ikke tillatt");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    private ProcessDefinition latestAnnualCycle() {
        return repositoryService.createProcessDefinitionQuery().processDefinitionKey("annual-cycle")
                .latestVersion().singleResult();
    }

    private Path copyOf(String folder) throws IOException {
        Path target = Files.createDirectories(copy.resolve(folder));
        try (var files = Files.list(Path.of(folder))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return target;
    }
}
