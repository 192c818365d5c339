package no.arshjul.appraisal;

import no.arshjul.EngineClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.LocalTime;
import java.util.Date;

/** "Finn oppfølgingsdato": the measure's follow-up is due the morning of its due date. */
@Component("measureFollowUpScheduler")
class MeasureFollowUpScheduler implements JavaDelegate {

    static final String MEASURE_DUE_AT = "measureDueAt";

    private final DevelopmentMeasureRepository measures;

    MeasureFollowUpScheduler(DevelopmentMeasureRepository measures) {
        this.measures = measures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long measureId = ((Number) execution.getVariable("measureId")).longValue();
        DevelopmentMeasure measure = measures.findById(measureId)
                .orElseThrow(() -> new IllegalStateException("No measure " + measureId));
        execution.setVariableLocal(MEASURE_DUE_AT,
                Date.from(measure.getDueDate().atTime(LocalTime.of(8, 0)).atZone(EngineClock.OSLO).toInstant()));
    }
}
