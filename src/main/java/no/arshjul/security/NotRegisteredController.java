package no.arshjul.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Where the provider's log-in ends for someone Årshjul does not know: a clear refusal, not an error page. */
@Controller
class NotRegisteredController {

    static final String PATH = "/ikke-registrert";
    /** The name the provider gave, kept in the session by the failed log-in so the page can show it. */
    static final String CLAIMED_NAME = NotRegisteredController.class.getName() + ".claimedName";

    @GetMapping(PATH)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notRegistered(HttpServletRequest request, Model model) {
        HttpSession session = request.getSession(false);
        model.addAttribute("claimedName", session == null ? null : session.getAttribute(CLAIMED_NAME));
        return "not-registered";
    }
}
