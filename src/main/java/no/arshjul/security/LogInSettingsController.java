package no.arshjul.security;

import no.arshjul.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** HR turns local passwords off (and on again) once single sign-on works: a page and the API. */
@Controller
@PreAuthorize("hasRole('hr')")
class LogInSettingsController {

    static final String PAGE = "/innlogging";
    static final String API = "/api/security/log-in";

    private final LocalLogIn localLogIn;
    private final Texts texts;

    LogInSettingsController(LocalLogIn localLogIn, Texts texts) {
        this.localLogIn = localLogIn;
        this.texts = texts;
    }

    @GetMapping(PAGE)
    String page(Model model) {
        model.addAttribute("state", localLogIn.state());
        return "log-in-settings";
    }

    @PostMapping(PAGE)
    String change(@RequestParam boolean localLogInEnabled, Authentication authentication, RedirectAttributes redirect) {
        try {
            localLogIn.set(localLogInEnabled, authentication.getName());
            redirect.addFlashAttribute("notice", texts.forCaller(localLogInEnabled ? "localLogIn.turnedOn" : "localLogIn.turnedOff"));
        } catch (LocalLogInRefusedException refused) {
            redirect.addFlashAttribute("notice", texts.forCaller(refused.getMessageKey()));
        }
        return "redirect:" + PAGE;
    }

    @GetMapping(API)
    @ResponseBody
    LocalLogIn.State state() {
        return localLogIn.state();
    }

    /** {"localLogInEnabled": false} */
    @PutMapping(API)
    @ResponseBody
    LocalLogIn.State set(@RequestBody Change change, Authentication authentication) {
        if (change == null || change.localLogInEnabled() == null) {
            throw new LocalLogInRefusedException("localLogIn.missingField");
        }
        return localLogIn.set(change.localLogInEnabled(), authentication.getName());
    }

    @ExceptionHandler(LocalLogInRefusedException.class)
    ResponseEntity<ProblemDetail> refused(LocalLogInRefusedException refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.forCaller(refused.getMessageKey()));
        problem.setTitle(texts.forCaller("problem.title.refused"));
        return ResponseEntity.badRequest().body(problem);
    }

    record Change(Boolean localLogInEnabled) {
    }
}
