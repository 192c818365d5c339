package no.arshjul.models;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Model files from the repository, changed the way HR would in Modeler, and posted like the page or Modeler does. */
final class ModelUploads {

    private ModelUploads() {
    }

    static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of text that must be there, so a test fails loudly when the model has moved on. */
    static String change(String text, String from, String to) {
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException("The model no longer contains: " + from);
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    static Map<String, String> files(String... nameThenContent) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            files.put(nameThenContent[i], nameThenContent[i + 1]);
        }
        return files;
    }

    /** Every model in processes/ and forms/, by file name. */
    static Map<String, String> repository() {
        Map<String, String> files = new LinkedHashMap<>();
        for (String folder : List.of("processes", "forms")) {
            try (var paths = Files.list(Path.of(folder))) {
                paths.sorted().forEach(p -> files.put(p.getFileName().toString(), read(p.toString())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    @SuppressWarnings("rawtypes")
    static ResponseEntity<Map> post(TestRestTemplate http, String user, String url, Map<String, String> files,
                                    String fileField, Map<String, String> fields) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        fields.forEach(body::add);
        files.forEach((name, content) -> body.add(fileField == null ? name : fileField,
                new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8)) {
                    @Override
                    public String getFilename() {
                        return name;
                    }
                }));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth(user, "demo").postForEntity(url, new HttpEntity<>(body, headers), Map.class);
    }

    /** The models API, as the page's upload posts it. */
    @SuppressWarnings("rawtypes")
    static ResponseEntity<Map> api(TestRestTemplate http, String user, String action, Map<String, String> files) {
        return post(http, user, "/api/models/" + action, files, "files", Map.of());
    }

    /** Camunda Modeler's Deploy button: every file its own part, named by the file. */
    @SuppressWarnings("rawtypes")
    static ResponseEntity<Map> modeler(TestRestTemplate http, String user, String deploymentName, Map<String, String> files) {
        return post(http, user, "/engine-rest/deployment/create", files, null,
                Map.of("deployment-name", deploymentName, "deployment-source", "Camunda Modeler"));
    }

    static long deployments(RepositoryService repositoryService, String name) {
        return repositoryService.createDeploymentQuery().deploymentName(name).count();
    }

    static void deleteDeployments(RepositoryService repositoryService, String name) {
        repositoryService.createDeploymentQuery().deploymentName(name).list()
                .forEach(d -> repositoryService.deleteDeployment(d.getId(), true));
    }

    /** What the job executor would do with a batch: the seed job, the batch's jobs, then the monitor job. */
    static void runBatch(ManagementService management, String batchId) {
        Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
        for (String definition : List.of(batch.getSeedJobDefinitionId(), batch.getBatchJobDefinitionId(),
                batch.getMonitorJobDefinitionId())) {
            for (Job job : management.createJobQuery().jobDefinitionId(definition).list()) {
                management.executeJob(job.getId());
            }
        }
    }
}
