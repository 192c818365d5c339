package no.arshjul.planning;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The follow-up of the adopted SKUP's measures during the plan year: HR records each measure's
 * status (planlagt, pågår, gjennomført, avlyst) and what has been spent against its budget; every
 * change is kept with who, when, from and to ({@link SkupMeasureChange}). The tertial reports
 * ({@link TertialReports}) and the evaluation of last year's plan read it.
 */
@Service
public class SkupMeasureProgress {

    /** Spend is kept as numeric(14, 2). */
    static final BigDecimal MAX_SPENT = new BigDecimal("999999999999.99");
    static final int MAX_COMMENT = 2000;

    private final SkupPlanRepository plans;
    private final SkupMeasureChangeRepository changes;
    private final OrganisationService organisation;
    private final Texts texts;
    private final Clock clock;

    SkupMeasureProgress(SkupPlanRepository plans, SkupMeasureChangeRepository changes, OrganisationService organisation,
                        Texts texts, Clock clock) {
        this.plans = plans;
        this.changes = changes;
        this.organisation = organisation;
        this.texts = texts;
        this.clock = clock;
    }

    /**
     * A change HR asks for. Absent fields stay as they are (PATCH); {@code version}, when given, must
     * be the version HR saw, so a change made meanwhile by someone else is not overwritten unseen.
     */
    public record Update(String status, BigDecimal spentNok, String comment, Long version) {
    }

    /** A measure as followed up: budget, status, spend and deviation (spend − budget). */
    public record Line(long id, int priority, String title, String targetGroup, String responsible, String period,
                       BigDecimal budgetNok, SkupMeasureStatus status, BigDecimal spentNok, BigDecimal deviationNok,
                       String comment, Instant updatedAt, String updatedBy, String updatedByName, long version) {
    }

    /** One kept change, with the name of who made it. */
    public record Change(long measureId, Instant changedAt, String changedBy, String changedByName,
                         SkupMeasureStatus fromStatus, SkupMeasureStatus toStatus, BigDecimal fromSpent,
                         BigDecimal toSpent, String comment) {
    }

    /** The measures of one plan year with their totals, as the follow-up page and the evaluation show them. */
    public record YearProgress(int planYear, boolean adopted, List<Line> measures, BigDecimal totalBudgetNok,
                               BigDecimal totalSpentNok, BigDecimal totalDeviationNok,
                               Map<SkupMeasureStatus, Long> countByStatus) {
    }

    /** The plan year's measures as followed up so far, if there is a plan. */
    @Transactional(readOnly = true)
    public Optional<YearProgress> find(int planYear) {
        return plans.findByPlanYear(planYear).map(this::progressOf);
    }

    /** As {@link #find}, refusing with 404 when the year has no plan. */
    @Transactional(readOnly = true)
    public YearProgress of(int planYear) {
        return progressOf(plan(planYear));
    }

    /** Every change of one measure of the year, oldest first. */
    @Transactional(readOnly = true)
    public List<Change> history(int planYear, long measureId) {
        SkupMeasure measure = measure(plan(planYear), measureId);
        Map<String, String> names = new HashMap<>();
        return changes.findByMeasureIdOrderByChangedAtAscIdAsc(measure.getId()).stream()
                .map(c -> change(c, names)).toList();
    }

    /** Every change of the year's measures, oldest first. */
    @Transactional(readOnly = true)
    public List<Change> history(int planYear) {
        Map<String, String> names = new HashMap<>();
        return changes.findByPlanYearOrderByChangedAtAscIdAsc(planYear).stream().map(c -> change(c, names)).toList();
    }

    /**
     * Records HR's follow-up of a measure and keeps the change. {@code whole} (PUT) requires status and
     * spend; otherwise (PATCH) absent fields stay. Refuses with the field named: 404 when the year has no
     * plan or the measure is not one of its measures, 409 when the plan is not adopted or the measure
     * changed since {@code version}, 400 for an unknown status, a negative or too large spend, or a
     * comment that is too long. Nothing is saved when it refuses.
     */
    @Transactional
    public Line update(int planYear, long measureId, Update update, String userId, boolean whole) {
        SkupPlan plan = plan(planYear);
        SkupMeasure measure = measure(plan, measureId);
        if (!plan.isAdopted()) {
            throw SkupMeasureRefusal.of(HttpStatus.CONFLICT, "planYear",
                    texts.forCaller("skupMeasure.refused.notAdopted", String.valueOf(planYear)));
        }
        if (update.version() != null && update.version() != measure.getProgressVersion()) {
            throw SkupMeasureRefusal.of(HttpStatus.CONFLICT, "version", texts.forCaller("skupMeasure.refused.changedMeanwhile"));
        }
        SkupMeasureStatus status = update.status() == null ? null : status(update.status());
        if (whole && status == null) {
            throw required("status");
        }
        if (whole && update.spentNok() == null) {
            throw required("spentNok");
        }
        BigDecimal spent = update.spentNok();
        if (spent != null && spent.signum() < 0) {
            throw bad("spentNok", "skupMeasure.refused.negativeSpend");
        }
        if (spent != null && (spent.compareTo(MAX_SPENT) > 0 || spent.stripTrailingZeros().scale() > 2)) {
            throw bad("spentNok", "skupMeasure.refused.spendFormat");
        }
        String comment = update.comment() == null || update.comment().isBlank() ? null : update.comment().strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw SkupMeasureRefusal.of(HttpStatus.BAD_REQUEST, "comment",
                    texts.forCaller("skupMeasure.refused.commentTooLong", String.valueOf(MAX_COMMENT)));
        }
        SkupMeasureStatus toStatus = status != null ? status : measure.getProgressStatus();
        BigDecimal toSpent = spent != null ? spent.setScale(2, RoundingMode.UNNECESSARY) : measure.getSpentNok();
        String toComment = comment != null || whole ? comment : measure.getProgressComment();
        boolean changed = toStatus != measure.getProgressStatus() || toSpent.compareTo(measure.getSpentNok()) != 0
                || !Objects.equals(toComment, measure.getProgressComment());
        if (changed) {
            Instant now = Instant.now(clock);
            changes.save(new SkupMeasureChange(measure.getId(), planYear, now, userId, measure.getProgressStatus(),
                    toStatus, measure.getSpentNok(), toSpent, toComment));
            measure.followUp(toStatus, toSpent, toComment, userId, now);
            // the version check happens here, inside the service: a lost race is a 409, not a 500
            plans.flush();
        }
        return line(measure, new HashMap<>());
    }

    private YearProgress progressOf(SkupPlan plan) {
        Map<String, String> names = new HashMap<>();
        List<Line> lines = plan.getMeasures().stream().map(m -> line(m, names)).toList();
        BigDecimal budget = sum(lines, Line::budgetNok);
        BigDecimal spent = sum(lines, Line::spentNok);
        Map<SkupMeasureStatus, Long> counts = new EnumMap<>(SkupMeasureStatus.class);
        Arrays.stream(SkupMeasureStatus.values()).forEach(s -> counts.put(s, 0L));
        lines.forEach(l -> counts.merge(l.status(), 1L, Long::sum));
        return new YearProgress(plan.getPlanYear(), plan.isAdopted(), lines, budget, spent, spent.subtract(budget), counts);
    }

    private Line line(SkupMeasure m, Map<String, String> names) {
        return new Line(m.getId(), m.getPriority(), m.getTitle(), m.getTargetGroup(), m.getResponsible(), m.getPeriod(),
                m.getCostNok(), m.getProgressStatus(), m.getSpentNok(), m.getSpentNok().subtract(m.getCostNok()),
                m.getProgressComment(), m.getProgressUpdatedAt(), m.getProgressUpdatedBy(),
                m.getProgressUpdatedBy() == null ? null : name(m.getProgressUpdatedBy(), names), m.getProgressVersion());
    }

    private Change change(SkupMeasureChange c, Map<String, String> names) {
        return new Change(c.getMeasureId(), c.getChangedAt(), c.getChangedBy(), name(c.getChangedBy(), names),
                c.getFromStatus(), c.getToStatus(), c.getFromSpent(), c.getToSpent(), c.getComment());
    }

    private String name(String userId, Map<String, String> names) {
        return names.computeIfAbsent(userId, u -> organisation.findByUserId(u).map(Employee::getFullName).orElse(u));
    }

    private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private SkupPlan plan(int planYear) {
        return plans.findByPlanYear(planYear).orElseThrow(() -> SkupMeasureRefusal.of(HttpStatus.NOT_FOUND, "planYear",
                texts.forCaller("skup.document.notFound", String.valueOf(planYear))));
    }

    private SkupMeasure measure(SkupPlan plan, long measureId) {
        return plan.getMeasures().stream().filter(m -> m.getId() == measureId).findFirst()
                .orElseThrow(() -> SkupMeasureRefusal.of(HttpStatus.NOT_FOUND, "measureId",
                        texts.forCaller("skupMeasure.refused.unknownMeasure", String.valueOf(measureId),
                                String.valueOf(plan.getPlanYear()))));
    }

    private SkupMeasureStatus status(String given) {
        try {
            return SkupMeasureStatus.valueOf(given.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(SkupMeasureStatus.values())
                    .map(s -> s.name() + " (" + texts.forCaller("skupMeasureStatus." + s) + ")")
                    .collect(Collectors.joining(", "));
            throw SkupMeasureRefusal.of(HttpStatus.BAD_REQUEST, "status",
                    texts.forCaller("skupMeasure.refused.unknownStatus", given, allowed));
        }
    }

    private ErrorResponseException required(String field) {
        return bad(field, "skupMeasure.refused.required." + field);
    }

    private ErrorResponseException bad(String field, String key) {
        return SkupMeasureRefusal.of(HttpStatus.BAD_REQUEST, field, texts.forCaller(key));
    }
}
