package no.arshjul.casefile;

import no.arshjul.AccessLog;

import no.arshjul.appraisal.AppraisalCaseService;
import no.arshjul.competence.CompetenceProfileService;
import no.arshjul.organisation.OrganisationService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.Clock;
import java.time.LocalDate;

/**
 * One employee's case: competence profile, this year's talk with minutes and development plan,
 * and last year's. "Min side" is one's own; a leader opens an employee's from the overview. The
 * services decide who may read what (403 otherwise), as for the APIs.
 */
@Controller
class CaseFileController {

    private final AppraisalCaseService cases;
    private final CompetenceProfileService profiles;
    private final OrganisationService organisation;
    private final Clock clock;
    private final AccessLog accessLog;

    CaseFileController(AppraisalCaseService cases, CompetenceProfileService profiles, OrganisationService organisation,
                       Clock clock, AccessLog accessLog) {
        this.accessLog = accessLog;
        this.cases = cases;
        this.profiles = profiles;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/min-side")
    String mine(@RequestParam(required = false) Integer year, Authentication me, Model model) {
        model.addAttribute("seenBy", accessLog.readsOf(me.getName()));
        return show(me.getName(), year, me, model);
    }

    @GetMapping("/sak/{userId}")
    String caseOf(@PathVariable String userId, @RequestParam(required = false) Integer year, Authentication me,
                  Model model) {
        return show(userId, year, me, model);
    }

    private String show(String userId, Integer year, Authentication me, Model model) {
        int shownYear = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("own", userId.equals(me.getName()));
        model.addAttribute("year", shownYear);
        model.addAttribute("caseView", cases.caseOf(me.getName(), userId, shownYear));
        model.addAttribute("profile", profiles.canSeeProfile(me.getName(), userId)
                ? profiles.profileSeenBy(me.getName(), userId) : null);
        organisation.findByUserId(userId).ifPresent(person -> model.addAttribute("person", person));
        return "case";
    }
}
