package no.arshjul.organisation;

import no.arshjul.EngineClock;
import no.arshjul.web.Texts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;


/**
 * HR's organisation page: upload the units file (with the result or every refused line), give and
 * take roles, and the latest changes with who made them. Server-rendered; every action is a form post.
 */
@Controller
@RequestMapping("/organisasjon")
@PreAuthorize("hasRole('hr')")
class OrganisationPageController {

    private static final int LATEST_CHANGES = 50;

    private final UnitImportService unitImport;
    private final RoleAdministration roles;
    private final OrganisationChangeLog changeLog;
    private final OrganisationService organisation;
    private final Texts texts;

    OrganisationPageController(UnitImportService unitImport, RoleAdministration roles, OrganisationChangeLog changeLog,
                               OrganisationService organisation, Texts texts) {
        this.unitImport = unitImport;
        this.roles = roles;
        this.changeLog = changeLog;
        this.organisation = organisation;
        this.texts = texts;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("units", organisation.openUnitSummaries());
        model.addAttribute("holders", roles.holders());
        model.addAttribute("managedRoles", roles.managedRoles());
        model.addAttribute("changes", changeLog.latest(LATEST_CHANGES));
        model.addAttribute("zone", EngineClock.OSLO);
        return "organisation";
    }

    @PostMapping("/enheter")
    String uploadUnits(@RequestParam("file") MultipartFile file, Model model) throws IOException {
        try {
            model.addAttribute("report", unitImport.importUnits(file.getBytes()));
        } catch (ImportRejectedException e) {
            model.addAttribute("rejection", e.getMessage());
            model.addAttribute("rejectionErrors", e.getErrors());
        }
        return page(model);
    }

    @PostMapping("/roller")
    String assign(@RequestParam String userId, @RequestParam String role, @RequestParam(required = false) String union,
                  RedirectAttributes redirect) {
        try {
            RoleAdministration.RoleHolder holder = roles.assign(userId, role, union);
            redirect.addFlashAttribute("message", texts.forCaller("organisation.page.roleGiven", holder.roleName(),
                    holder.name()));
        } catch (RoleChangeRefusedException e) {
            redirect.addFlashAttribute("error", e.getReason());
        }
        return "redirect:/organisasjon#roles-heading";
    }

    @PostMapping("/roller/fjern")
    String remove(@RequestParam String userId, @RequestParam String role, RedirectAttributes redirect) {
        try {
            roles.remove(userId, role);
            redirect.addFlashAttribute("message", texts.forCaller("organisation.page.roleRemoved",
                    Role.ofGroupId(role).map(r -> texts.forCaller(r.textKey())).orElse(role), userId));
        } catch (RoleChangeRefusedException e) {
            redirect.addFlashAttribute("error", e.getReason());
        } catch (UnknownEmployeeException e) {
            redirect.addFlashAttribute("error", texts.forCaller("problem.unknownEmployee", userId));
        }
        return "redirect:/organisasjon#roles-heading";
    }

}
