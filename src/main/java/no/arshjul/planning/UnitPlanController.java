package no.arshjul.planning;

import no.arshjul.web.Texts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * A unit's approved training plan (opplæringsplan), as a page per unit and as JSON. Read by the
 * unit's people, its leader, the head of its sector and HR; 403 for everyone else (PlanDocuments).
 */
@Controller
class UnitPlanController {

    private final PlanDocuments documents;
    private final Texts texts;

    UnitPlanController(PlanDocuments documents, Texts texts) {
        this.documents = documents;
        this.texts = texts;
    }

    /** The person's own unit's plan. */
    @GetMapping("/opplaeringsplan")
    String own(Authentication me) {
        String unit = documents.ownUnitOf(me.getName())
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, texts.forCaller("planDocs.unitPlan.noUnit")));
        return "redirect:/opplaeringsplan/" + unit;
    }

    @GetMapping("/opplaeringsplan/{unitCode}")
    String newest(@PathVariable String unitCode, Authentication me, Model model) {
        model.addAttribute("unitPlan", documents.unitPlan(unitCode, null, me.getName()));
        return "unit-plan";
    }

    @GetMapping("/opplaeringsplan/{unitCode}/{year}")
    String ofYear(@PathVariable String unitCode, @PathVariable int year, Authentication me, Model model) {
        model.addAttribute("unitPlan", documents.unitPlan(unitCode, year, me.getName()));
        return "unit-plan";
    }

    @GetMapping("/api/planning/unit-plans/{unitCode}/{year}")
    @ResponseBody
    PlanDocuments.UnitPlan json(@PathVariable String unitCode, @PathVariable int year, Authentication me) {
        return documents.unitPlan(unitCode, year, me.getName());
    }
}
