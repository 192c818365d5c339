package no.arshjul.models;

import jakarta.servlet.http.HttpSession;
import no.arshjul.EngineClock;
import no.arshjul.forms.FormTexts;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * HR's models page: what runs now, upload and check (findings and differences before the Deploy
 * button), roll back, migrate running instances, and the zip to bring the repository in step.
 * Server-rendered; every action is a plain form post.
 */
@Controller
@RequestMapping("/modeller")
@PreAuthorize("hasRole('hr')")
class ModelsPageController {

    private static final String STAGED = ModelsPageController.class.getName() + ".staged";
    private static final int KEPT_UPLOADS = 5;

    /** An upload that passed its check and waits for HR to press Deploy. */
    record Staged(List<ModelFile> files, String comment) implements Serializable {
    }

    private final ModelCatalog catalog;
    private final ModelDeployer deployer;
    private final InstanceMigrations migrations;
    private final FormTexts texts;

    ModelsPageController(ModelCatalog catalog, ModelDeployer deployer, InstanceMigrations migrations, FormTexts texts) {
        this.catalog = catalog;
        this.deployer = deployer;
        this.migrations = migrations;
        this.texts = texts;
    }

    @GetMapping
    String page(Model model) {
        return page(model, null, null, null);
    }

    @PostMapping("/kontroller")
    String check(@RequestParam("files") List<MultipartFile> files, @RequestParam(required = false) String comment,
                 HttpSession session, Model model) throws IOException {
        ModelDeployer.Check check = deployer.check(ModelApiController.read(files));
        String token = check.report().valid() ? stage(session, new Staged(check.uploaded(), comment)) : null;
        return page(model, check, token, comment);
    }

    @PostMapping("/rull-ut")
    String deploy(@RequestParam String token, Authentication user, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        Staged staged = take(session, token);
        if (staged == null) {
            model.addAttribute("error", texts.get("model.page.uploadGone"));
            return page(model, null, null, null);
        }
        try {
            ModelDeployer.Deployed deployed = deployer.deploy(staged.files(), user.getName(),
                    DeploymentLogEntry.Channel.PAGE, staged.comment());
            redirect.addFlashAttribute("message", texts.get("model.page.deployed", describe(deployed.definitions())));
            return "redirect:/modeller";
        } catch (InvalidModelException e) {
            return page(model, e.getCheck(), null, staged.comment());
        }
    }

    @PostMapping("/rull-tilbake")
    String rollback(@RequestParam String definitionId, Authentication user, Model model, RedirectAttributes redirect) {
        try {
            ModelDeployer.Deployed deployed = deployer.rollback(definitionId, user.getName(), null);
            redirect.addFlashAttribute("message", texts.get("model.page.rolledBack", describe(deployed.definitions())));
            return "redirect:/modeller";
        } catch (InvalidModelException e) {
            model.addAttribute("error", texts.get("model.page.rollbackFails"));
            return page(model, e.getCheck(), null, null);
        }
    }

    @GetMapping("/fil")
    ResponseEntity<byte[]> file(@RequestParam String deploymentId, @RequestParam String name) {
        return ModelApiController.download(catalog.file(deploymentId, name));
    }

    @GetMapping("/arshjul-modeller.zip")
    ResponseEntity<byte[]> zip() {
        return ModelApiController.zip(catalog.currentModelsZip());
    }

    @PostMapping("/flytting")
    String proposeMigration(@RequestParam String sourceDefinitionId, @RequestParam String targetDefinitionId, Model model) {
        model.addAttribute("proposal", migrations.propose(sourceDefinitionId, targetDefinitionId));
        return "models-migration";
    }

    @PostMapping("/flytting/start")
    String startMigration(@RequestParam String sourceDefinitionId, @RequestParam String targetDefinitionId,
                          Authentication user, Model model) {
        try {
            InstanceMigrations.Status status = migrations.start(sourceDefinitionId, targetDefinitionId, user.getName());
            return "redirect:/modeller/flytting/" + status.batchId();
        } catch (MigrationRefusedException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("proposal", migrations.propose(sourceDefinitionId, targetDefinitionId));
            return "models-migration";
        }
    }

    @GetMapping("/flytting/{batchId}")
    String migration(@PathVariable String batchId, Model model) {
        model.addAttribute("status", migrations.status(batchId));
        model.addAttribute("zone", EngineClock.OSLO);
        return "models-migration";
    }

    private String page(Model model, ModelDeployer.Check check, String token, String comment) {
        model.addAttribute("overview", catalog.overview());
        model.addAttribute("migrations", migrations.recent());
        model.addAttribute("check", check);
        model.addAttribute("token", token);
        model.addAttribute("comment", comment);
        model.addAttribute("zone", EngineClock.OSLO);
        return "models";
    }

    private String describe(List<ModelDeployer.DefinitionRef> definitions) {
        return definitions.stream().map(d -> texts.get("model.page.definition",
                        texts.get("model.kind." + d.kind().name().toLowerCase(Locale.ROOT)), d.key(), String.valueOf(d.version())))
                .collect(Collectors.joining(", "));
    }

    private static String stage(HttpSession session, Staged staged) {
        LinkedHashMap<String, Staged> uploads = staged(session);
        String token = UUID.randomUUID().toString();
        uploads.put(token, staged);
        while (uploads.size() > KEPT_UPLOADS) {
            uploads.remove(uploads.keySet().iterator().next());
        }
        // Sessions live in the database: a change is saved when the attribute is set, not when the map changes.
        session.setAttribute(STAGED, uploads);
        return token;
    }

    /** Removes the upload from the session, so one check deploys once, whichever node the next request reaches. */
    private static Staged take(HttpSession session, String token) {
        LinkedHashMap<String, Staged> uploads = staged(session);
        Staged staged = uploads.remove(token);
        session.setAttribute(STAGED, uploads);
        return staged;
    }

    @SuppressWarnings("unchecked")
    private static LinkedHashMap<String, Staged> staged(HttpSession session) {
        Object uploads = session.getAttribute(STAGED);
        return uploads == null ? new LinkedHashMap<>() : (LinkedHashMap<String, Staged>) uploads;
    }
}
