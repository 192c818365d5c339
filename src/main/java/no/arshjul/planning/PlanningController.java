package no.arshjul.planning;

import no.arshjul.security.Roles;
import no.arshjul.web.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/planning")
class PlanningController {

    /** They see the plan's figures, with small groups suppressed. */
    static final Set<String> AGGREGATE_READERS = Set.of("radmann", "tillitsvalgt", "kompetanseforum");

    private final GapAnalysisService analysis;
    private final Texts texts;
    private final Clock clock;

    PlanningController(GapAnalysisService analysis, Texts texts, Clock clock) {
        this.analysis = analysis;
        this.texts = texts;
        this.clock = clock;
    }

    /** HR sees every figure; the rådmann, union representatives and the forum see small groups suppressed. */
    @GetMapping("/{planYear}/gap-analysis")
    GapAnalysisService.Analysis gapAnalysis(@PathVariable int planYear,
                                            @RequestParam(defaultValue = "NORMAL") GapAnalysisService.Scenario scenario,
                                            Authentication me) {
        List<String> groups = Roles.groupIds(me);
        boolean hr = groups.contains("hr");
        if (!hr && groups.stream().noneMatch(AGGREGATE_READERS::contains)) {
            throw new AccessDeniedException(texts.forCaller("planning.gapAnalysis.denied"));
        }
        return analysis.analyse(planYear, scenario, LocalDate.now(clock), !hr);
    }
}
