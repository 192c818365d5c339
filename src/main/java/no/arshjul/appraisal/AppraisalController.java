package no.arshjul.appraisal;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/appraisals")
class AppraisalController {

    private final AppraisalCaseService cases;

    AppraisalController(AppraisalCaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/{year}/{userId}")
    AppraisalCaseService.CaseView caseOf(@PathVariable int year, @PathVariable String userId, Authentication me) {
        return cases.caseOf(me.getName(), userId, year);
    }
}
