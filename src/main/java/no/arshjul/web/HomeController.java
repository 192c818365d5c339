package no.arshjul.web;

import no.arshjul.organisation.OrganisationService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private final OrganisationService organisation;

    HomeController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        organisation.findByUserId(authentication.getName()).ifPresent(me -> {
            model.addAttribute("me", me);
            model.addAttribute("unitName", me.getUnit().getName());
            model.addAttribute("roles", organisation.rolesOf(me));
            organisation.closestLeaderOf(me).ifPresent(leader -> model.addAttribute("leader", leader));
        });
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
