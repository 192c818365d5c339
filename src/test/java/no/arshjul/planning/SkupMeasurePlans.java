package no.arshjul.planning;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Plans of the test years (3200–3249) written straight into the records, adopted or not, so the
 * follow-up tests need not walk the skup process each time (SkupAuthorizationTest walks it).
 */
final class SkupMeasurePlans {

    private final SkupPlanRepository plans;
    private final TransactionTemplate tx;

    SkupMeasurePlans(SkupPlanRepository plans, PlatformTransactionManager transactions) {
        this.plans = plans;
        this.tx = new TransactionTemplate(transactions);
    }

    /** A plan of the year with these measures (title, budget, title, budget...); adopted when {@code adopted}. Returns the measures' ids in order. */
    List<Long> plan(int year, boolean adopted, Object... titlesAndBudgets) {
        return tx.execute(status -> {
            if (plans.findByPlanYear(year).isPresent()) {
                throw new IllegalStateException("test year " + year + " already has a plan");
            }
            Instant now = Instant.now();
            SkupPlan plan = new SkupPlan(year, null, now);
            List<SkupMeasure> measures = new ArrayList<>();
            int priority = 1;
            for (int i = 0; i < titlesAndBudgets.length; i += 2) {
                measures.add(new SkupMeasure(priority++, (String) titlesAndBudgets[i], "Ansatte i helse", "HR",
                        BigDecimal.valueOf(((Number) titlesAndBudgets[i + 1]).longValue()), "CENTRAL_FUNDS",
                        String.valueOf(year)));
            }
            plan.draft(year, year + 3, "Forord", "Mål", "Begrep", "Evaluering", List.of(new SkupPriority(1, "Kvalitet", "Mål")),
                    measures, SkupStatus.FINAL_DRAFT, now);
            if (adopted) {
                plan.consulted(LocalDate.of(year - 1, 11, 20), "MEDBESTEMMELSESMOTE", "Fagforbundet", "AGREEMENT",
                        "Enige.", null, now);
                plan.decided("ADOPTED", null, "rita", LocalDate.of(year - 1, 12, 1), now);
            }
            SkupPlan saved = plans.saveAndFlush(plan);
            return saved.getMeasures().stream().map(SkupMeasure::getId).toList();
        });
    }
}
