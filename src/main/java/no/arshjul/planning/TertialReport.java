package no.arshjul.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * HR's tertial report to the rådmann on the SKUP's measures: per measure the status, budget, spend
 * and deviation (spend − budget) as they stood at the end of the tertial (T1 January–April, T2
 * May–August, T3 September–December), or today while the tertial is running; and the totals.
 * Built from the measures and their kept changes, so a report on a past tertial does not change
 * with later follow-up.
 */
public record TertialReport(int planYear, int tertial, LocalDate from, LocalDate to, LocalDate asOf, boolean complete,
                            List<Line> lines, BigDecimal totalBudgetNok, BigDecimal totalSpentNok,
                            BigDecimal totalDeviationNok, Map<SkupMeasureStatus, Long> countByStatus) {

    public record Line(long measureId, int priority, String title, String responsible, SkupMeasureStatus status,
                       BigDecimal budgetNok, BigDecimal spentNok, BigDecimal deviationNok, String comment) {
    }

    static boolean validTertial(int tertial) {
        return tertial >= 1 && tertial <= 3;
    }

    static LocalDate firstDay(int planYear, int tertial) {
        return LocalDate.of(planYear, 4 * (tertial - 1) + 1, 1);
    }

    static LocalDate lastDay(int planYear, int tertial) {
        return firstDay(planYear, tertial).plusMonths(4).minusDays(1);
    }

    /**
     * The report of a tertial as of {@code now}: each measure's state after the last change made before
     * the end of the tertial's last day (in {@code zone}); a measure changed only later is shown as it
     * was before that change.
     */
    static TertialReport of(int planYear, int tertial, List<SkupMeasure> measures, List<SkupMeasureChange> changes,
                            Instant now, ZoneId zone) {
        LocalDate from = firstDay(planYear, tertial);
        LocalDate to = lastDay(planYear, tertial);
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        boolean complete = !now.isBefore(end);
        Instant cutOff = complete ? end : now;
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate asOf = complete ? to : today;
        List<Line> lines = new ArrayList<>();
        for (SkupMeasure m : measures) {
            List<SkupMeasureChange> own = changes.stream().filter(c -> c.getMeasureId().equals(m.getId()))
                    .sorted(Comparator.comparing(SkupMeasureChange::getChangedAt).thenComparing(SkupMeasureChange::getId,
                            Comparator.nullsLast(Comparator.naturalOrder())))
                    .toList();
            List<SkupMeasureChange> before = own.stream().filter(c -> c.getChangedAt().isBefore(cutOff)).toList();
            SkupMeasureStatus status;
            BigDecimal spent;
            String comment = null;
            if (own.isEmpty()) {
                status = m.getProgressStatus();
                spent = m.getSpentNok();
                comment = m.getProgressComment();
            } else if (before.isEmpty()) {
                status = own.get(0).getFromStatus();
                spent = own.get(0).getFromSpent();
            } else {
                SkupMeasureChange last = before.get(before.size() - 1);
                status = last.getToStatus();
                spent = last.getToSpent();
                comment = last.getComment();
            }
            lines.add(new Line(m.getId(), m.getPriority(), m.getTitle(), m.getResponsible(), status, m.getCostNok(),
                    spent, spent.subtract(m.getCostNok()), comment));
        }
        BigDecimal budget = lines.stream().map(Line::budgetNok).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal spent = lines.stream().map(Line::spentNok).reduce(BigDecimal.ZERO, BigDecimal::add);
        Map<SkupMeasureStatus, Long> counts = new EnumMap<>(SkupMeasureStatus.class);
        Arrays.stream(SkupMeasureStatus.values()).forEach(s -> counts.put(s, 0L));
        lines.forEach(l -> counts.merge(l.status(), 1L, Long::sum));
        return new TertialReport(planYear, tertial, from, to, asOf, complete, List.copyOf(lines), budget, spent,
                spent.subtract(budget), counts);
    }
}
