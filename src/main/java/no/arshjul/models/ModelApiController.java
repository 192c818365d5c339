package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** HR's models API: list and download versions, validate, deploy, roll back, and the current models as a zip. */
@RestController
@RequestMapping("/api/models")
@PreAuthorize("hasRole('hr')")
class ModelApiController {

    private final ModelCatalog catalog;
    private final ModelDeployer deployer;
    private final FormTexts texts;

    ModelApiController(ModelCatalog catalog, ModelDeployer deployer, FormTexts texts) {
        this.catalog = catalog;
        this.deployer = deployer;
        this.texts = texts;
    }

    @GetMapping
    ModelCatalog.Overview list() {
        return catalog.overview();
    }

    @GetMapping("/file")
    ResponseEntity<byte[]> file(@RequestParam String deploymentId, @RequestParam String name) {
        return download(catalog.file(deploymentId, name));
    }

    @GetMapping("/current.zip")
    ResponseEntity<byte[]> currentModels() {
        return zip(catalog.currentModelsZip());
    }

    @PostMapping(path = "/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelViews.CheckView validate(@RequestPart("files") List<MultipartFile> files) throws IOException {
        return ModelViews.CheckView.of(deployer.check(read(files)), texts);
    }

    @PostMapping(path = "/deploy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ModelViews.DeployedView deploy(@RequestPart("files") List<MultipartFile> files,
                                   @RequestParam(required = false) String comment, Authentication user) throws IOException {
        return ModelViews.DeployedView.of(deployer.deploy(read(files), user.getName(), DeploymentLogEntry.Channel.API, comment), texts);
    }

    @PostMapping("/versions/{definitionId}/rollback")
    ModelViews.DeployedView rollback(@PathVariable String definitionId, @RequestParam(required = false) String comment,
                                     Authentication user) {
        return ModelViews.DeployedView.of(deployer.rollback(definitionId, user.getName(), comment), texts);
    }

    static List<ModelFile> read(List<MultipartFile> files) throws IOException {
        List<ModelFile> models = new ArrayList<>();
        for (MultipartFile file : files) {
            if (!file.isEmpty()) {
                models.add(ModelFile.uploaded(file.getOriginalFilename(), file.getBytes()));
            }
        }
        return models;
    }

    static ResponseEntity<byte[]> download(ModelFile file) {
        MediaType type = file.kind().filter(ModelKind.FORM::equals).isPresent() ? MediaType.APPLICATION_JSON
                : MediaType.APPLICATION_XML;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(ModelFile.baseName(file.name())))
                .contentType(type).body(file.content());
    }

    static ResponseEntity<byte[]> zip(byte[] zip) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment("arshjul-modeller.zip"))
                .contentType(MediaType.parseMediaType("application/zip")).body(zip);
    }

    private static String attachment(String fileName) {
        return ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString();
    }
}
