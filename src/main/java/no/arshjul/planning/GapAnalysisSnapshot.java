package no.arshjul.planning;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * "Lag gapanalyse": fixes the analysis HR drafts from (against the goals of the plan in force)
 * in the plan's record, so the draft and its figures can be read together later.
 */
@Component("gapAnalysisSnapshot")
class GapAnalysisSnapshot implements JavaDelegate {

    private final GapAnalysisService analysis;
    private final SkupService skup;
    private final ObjectMapper mapper;
    private final Clock clock;

    GapAnalysisSnapshot(GapAnalysisService analysis, SkupService skup, ObjectMapper mapper, Clock clock) {
        this.analysis = analysis;
        this.skup = skup;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        int planYear = ((Number) execution.getVariable("planYear")).intValue();
        GapAnalysisService.Analysis current = analysis.analyse(planYear - 1, GapAnalysisService.Scenario.NORMAL,
                LocalDate.now(clock), false);
        skup.planFor(planYear, execution.getProcessInstanceId())
                .gapAnalysis(mapper.writeValueAsString(current), Instant.now(clock));
    }
}
