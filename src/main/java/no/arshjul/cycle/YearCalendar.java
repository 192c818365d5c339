package no.arshjul.cycle;

import no.arshjul.EngineClock;
import no.arshjul.appraisal.TalkDeadlines;
import no.arshjul.competence.MappingDeadlines;
import no.arshjul.engine.ProcessContract;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.LinkedHashMap;
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

    public LocalDate preparationDeadline() {
        return talksDeadline.minusDays(PREPARATION_LEAD_DAYS);
    }

    /** The units work the new plan into their training plans by the end of March after it is adopted. */
    public LocalDate unitPlansDeadline() {
        return LocalDate.of(year + 1, 3, 31);
    }

    public MappingDeadlines mappingDeadlines() {
        return new MappingDeadlines(year, morning(mappingDeadline.minusDays(REMINDER_DAYS)), endOf(mappingDeadline));
    }

    public TalkDeadlines talkDeadlines() {
        return new TalkDeadlines(year, morning(preparationDeadline().minusDays(REMINDER_DAYS)),
                endOf(preparationDeadline()), endOf(talksDeadline));
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
