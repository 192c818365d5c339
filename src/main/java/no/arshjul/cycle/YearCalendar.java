package no.arshjul.cycle;

import no.arshjul.EngineClock;
import no.arshjul.appraisal.TalkDeadlines;
import no.arshjul.competence.MappingDeadlines;
import no.arshjul.engine.ProcessContract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The dates of one year's cycle. The defaults follow Bærum kommune's årshjul: mapping from
 * mid-January to the end of March, talks from February to mid-June, next year's SKUP from April,
 * adopted in December. HR sets the real ones in the annual cycle's first task. Processes get them
 * as Date variables for their timers.
 */
public record YearCalendar(
        int year,
        LocalDate mappingOpens,
        LocalDate mappingDeadline,
        LocalDate talksOpen,
        LocalDate talksDeadline,
        LocalDate sectorInputOpens,
        LocalDate sectorInputDeadline,
        LocalDate kompetanseforumMeeting,
        LocalDate consultationMeeting,
        LocalDate approvalDeadline,
        LocalDate publicationDate,
        LocalDate evaluationDeadline) {

    /** Reminders go out this many days before a deadline. */
    public static final int REMINDER_DAYS = 7;
    /** The employee's preparation is due this many days before the talks deadline. */
    public static final int PREPARATION_LEAD_DAYS = 28;

    /** The calendar's fields in the order the form shows them. */
    public static final List<String> FIELDS = List.of("mappingOpens", "mappingDeadline", "talksOpen", "talksDeadline",
            "sectorInputOpens", "sectorInputDeadline", "kompetanseforumMeeting", "consultationMeeting",
            "approvalDeadline", "publicationDate", "evaluationDeadline");

    /**
     * The rules the dates must follow, later field first: each window closes after it opens, the mapping
     * opens no later than the talks (the launch starts both at the earlier date, the talks wait for theirs),
     * and the plan's steps come in order.
     */
    static final List<List<String>> ORDER = List.of(
            List.of("mappingDeadline", "mappingOpens"),
            List.of("talksOpen", "mappingOpens"),
            List.of("talksDeadline", "talksOpen"),
            List.of("sectorInputDeadline", "sectorInputOpens"),
            List.of("kompetanseforumMeeting", "sectorInputDeadline"),
            List.of("consultationMeeting", "kompetanseforumMeeting"),
            List.of("approvalDeadline", "consultationMeeting"),
            List.of("publicationDate", "approvalDeadline"));

    public static YearCalendar defaultsFor(int year) {
        return new YearCalendar(year,
                LocalDate.of(year, 1, 15), LocalDate.of(year, 3, 31),
                LocalDate.of(year, 2, 1), LocalDate.of(year, 6, 15),
                LocalDate.of(year, 4, 1), LocalDate.of(year, 8, 31),
                LocalDate.of(year, 9, 15), LocalDate.of(year, 11, 25),
                LocalDate.of(year, 12, 15), LocalDate.of(year, 12, 15),
                LocalDate.of(year, 3, 31));
    }

    /** The calendar as the form shows it: ISO dates by field name, for prefilling HR's first task. */
    public Map<String, Object> formValues() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("year", year);
        values.put("mappingOpens", mappingOpens.toString());
        values.put("mappingDeadline", mappingDeadline.toString());
        values.put("talksOpen", talksOpen.toString());
        values.put("talksDeadline", talksDeadline.toString());
        values.put("sectorInputOpens", sectorInputOpens.toString());
        values.put("sectorInputDeadline", sectorInputDeadline.toString());
        values.put("kompetanseforumMeeting", kompetanseforumMeeting.toString());
        values.put("consultationMeeting", consultationMeeting.toString());
        values.put("approvalDeadline", approvalDeadline.toString());
        values.put("publicationDate", publicationDate.toString());
        values.put("evaluationDeadline", evaluationDeadline.toString());
        return values;
    }

    /** Every date by field name, in the form's order. */
    public Map<String, LocalDate> dates() {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        dates.put("mappingOpens", mappingOpens);
        dates.put("mappingDeadline", mappingDeadline);
        dates.put("talksOpen", talksOpen);
        dates.put("talksDeadline", talksDeadline);
        dates.put("sectorInputOpens", sectorInputOpens);
        dates.put("sectorInputDeadline", sectorInputDeadline);
        dates.put("kompetanseforumMeeting", kompetanseforumMeeting);
        dates.put("consultationMeeting", consultationMeeting);
        dates.put("approvalDeadline", approvalDeadline);
        dates.put("publicationDate", publicationDate);
        dates.put("evaluationDeadline", evaluationDeadline);
        return dates;
    }

    /** The fields whose date is before {@code today}, in the form's order. */
    public List<String> pastFields(LocalDate today) {
        return dates().entrySet().stream().filter(e -> e.getValue().isBefore(today)).map(Map.Entry::getKey).toList();
    }

    /** Pairs {later, earlier} whose later date comes before the earlier one. */
    public List<List<String>> outOfOrder() {
        Map<String, LocalDate> dates = dates();
        return ORDER.stream().filter(pair -> dates.get(pair.get(0)).isBefore(dates.get(pair.get(1)))).toList();
    }

    /**
     * "Start now": the same calendar moved forward so that its first date is {@code today}, every
     * interval between the dates kept. A calendar with no date in the past is returned as it is.
     */
    public YearCalendar startingFrom(LocalDate today) {
        LocalDate first = dates().values().stream().min(LocalDate::compareTo).orElseThrow();
        if (!first.isBefore(today)) {
            return this;
        }
        long days = ChronoUnit.DAYS.between(first, today);
        return new YearCalendar(year, mappingOpens.plusDays(days), mappingDeadline.plusDays(days),
                talksOpen.plusDays(days), talksDeadline.plusDays(days), sectorInputOpens.plusDays(days),
                sectorInputDeadline.plusDays(days), kompetanseforumMeeting.plusDays(days),
                consultationMeeting.plusDays(days), approvalDeadline.plusDays(days), publicationDate.plusDays(days),
                evaluationDeadline.plusDays(days));
    }

    /** When the launch starts everyone's mapping and talk: the morning the earlier of the two opens. */
    public Date launchAt() {
        return morning(mappingOpens.isBefore(talksOpen) ? mappingOpens : talksOpen);
    }

    public Date talksOpenAt() {
        return morning(talksOpen);
    }

    public Date publicationAt() {
        return morning(publicationDate);
    }

    public LocalDate preparationDeadline() {
        return talksDeadline.minusDays(PREPARATION_LEAD_DAYS);
    }

    /**
     * The units work the new plan into their training plans by the end of March after it is adopted,
     * and have at least three months after its publication (a year started late moves it).
     */
    public LocalDate unitPlansDeadline() {
        LocalDate endOfMarch = LocalDate.of(year + 1, 3, 31);
        LocalDate threeMonths = publicationDate.plusMonths(3);
        return threeMonths.isAfter(endOfMarch) ? threeMonths : endOfMarch;
    }

    public MappingDeadlines mappingDeadlines() {
        return new MappingDeadlines(year, morning(mappingDeadline.minusDays(REMINDER_DAYS)), endOf(mappingDeadline));
    }

    public TalkDeadlines talkDeadlines() {
        return new TalkDeadlines(year, morning(preparationDeadline().minusDays(REMINDER_DAYS)),
                endOf(preparationDeadline()), endOf(talksDeadline));
    }

    /**
     * The dates the mapping and the talk run by, by the names their models read (without the year):
     * what {@link YearDates} gives an instance that holds none of its own.
     */
    public Map<String, Date> processDates() {
        Map<String, Date> dates = new LinkedHashMap<>();
        for (Record deadlines : List.of(mappingDeadlines(), talkDeadlines())) {
            ProcessContract.variablesOf(deadlines).forEach((name, value) -> {
                if (value instanceof Date date) {
                    dates.put(name, date);
                }
            });
        }
        return Map.copyOf(dates);
    }

    /** The talks' deadlines as the appraisal process gets them, by variable name. */
    public Map<String, Object> appraisalVariables() {
        return ProcessContract.variablesOf(talkDeadlines());
    }

    /** What the annual cycle passes to the plan processes: SKUP for next year, evaluation of last year's. */
    public Map<String, Object> planVariables() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("skupPlanYear", year + 1);
        variables.put("evaluationPlanYear", year - 1);
        variables.put("launchAt", launchAt());
        variables.put("sectorInputOpensAt", morning(sectorInputOpens));
        variables.put("sectorInputDeadlineAt", endOf(sectorInputDeadline));
        variables.put("kompetanseforumAt", endOf(kompetanseforumMeeting));
        variables.put("consultationAt", endOf(consultationMeeting));
        variables.put("approvalAt", endOf(approvalDeadline));
        variables.put("unitPlansDeadlineAt", endOf(unitPlansDeadline()));
        variables.put("evaluationDeadlineAt", endOf(evaluationDeadline));
        return variables;
    }

    static Date morning(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(8, 0)).atZone(EngineClock.OSLO).toInstant());
    }

    /** A deadline lasts the whole day: it has passed at midnight after it. */
    static Date endOf(LocalDate day) {
        return Date.from(day.plusDays(1).atStartOfDay(EngineClock.OSLO).toInstant());
    }
}
