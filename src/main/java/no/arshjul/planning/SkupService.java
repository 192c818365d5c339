package no.arshjul.planning;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

@Service
public class SkupService {

    private final SkupPlanRepository plans;
    private final Clock clock;

    public SkupService(SkupPlanRepository plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public SkupPlan planFor(int planYear, String processInstanceId) {
        return plans.findByPlanYear(planYear)
                .orElseGet(() -> plans.save(new SkupPlan(planYear, processInstanceId, Instant.now(clock))));
    }

    @Transactional(readOnly = true)
    public Optional<SkupPlan> find(int planYear) {
        return plans.findByPlanYear(planYear);
    }
}
