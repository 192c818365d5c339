package no.arshjul.security;

import jakarta.servlet.http.HttpServletResponse;
import no.arshjul.web.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.LinkedHashMap;
import java.util.Map;

/** "Bytt passord": where an initial password is replaced, and any local password changed. */
@Controller
class PasswordController {

    private final CredentialService credentials;
    private final Texts texts;

    PasswordController(CredentialService credentials, Texts texts) {
        this.credentials = credentials;
        this.texts = texts;
    }

    @GetMapping(MustChangePasswordFilter.PAGE)
    String page(Authentication authentication, Model model) {
        return show(authentication, model, Map.of());
    }

    @PostMapping(MustChangePasswordFilter.PAGE)
    String change(Authentication authentication,
                  @RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword,
                  @RequestParam(defaultValue = "") String repeatPassword,
                  Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            credentials.changePassword(authentication.getName(), currentPassword, newPassword, repeatPassword);
        } catch (PasswordChangeRefusedException refused) {
            Map<String, String> errors = new LinkedHashMap<>();
            refused.getProblems().forEach(p -> errors.merge(p.field(), texts.forCaller(p.messageKey(), p.args()),
                    (a, b) -> a + " " + b));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return show(authentication, model, errors);
        }
        redirect.addFlashAttribute("notice", texts.forCaller("password.changed"));
        return "redirect:/";
    }

    private String show(Authentication authentication, Model model, Map<String, String> errors) {
        String userId = authentication.getName();
        model.addAttribute("hasPassword", credentials.hasPassword(userId));
        model.addAttribute("mustChange", credentials.mustChangePassword(userId));
        model.addAttribute("minimumLength", credentials.minimumLength());
        model.addAttribute("errors", errors);
        return "password";
    }
}
