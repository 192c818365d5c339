package no.arshjul.cycle;

import no.arshjul.forms.ContractField;
import no.arshjul.forms.FieldError;
import no.arshjul.forms.FormContract;
import no.arshjul.forms.FormSubmissionHandler;
import no.arshjul.forms.FormTexts;
import no.arshjul.forms.FormValidationException;
import no.arshjul.forms.SubmittedForm;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * HR's calendar must hang together (each window closes after it opens, the plan's steps come in
 * order) and lie ahead: a date already past is refused with the date "start now" proposes for it,
 * until HR chooses "start now", which moves the whole calendar forward from today.
 */
@Component
class CalendarSubmissions implements FormSubmissionHandler {

    private static final ContractField<Integer> YEAR = ContractField.integer("year").required();
    private static final ContractField<LocalDate> MAPPING_OPENS = date("mappingOpens");
    private static final ContractField<LocalDate> MAPPING_DEADLINE = date("mappingDeadline");
    private static final ContractField<LocalDate> TALKS_OPEN = date("talksOpen");
    private static final ContractField<LocalDate> TALKS_DEADLINE = date("talksDeadline");
    private static final ContractField<LocalDate> SECTOR_INPUT_OPENS = date("sectorInputOpens");
    private static final ContractField<LocalDate> SECTOR_INPUT_DEADLINE = date("sectorInputDeadline");
    private static final ContractField<LocalDate> KOMPETANSEFORUM_MEETING = date("kompetanseforumMeeting");
    private static final ContractField<LocalDate> CONSULTATION_MEETING = date("consultationMeeting");
    private static final ContractField<LocalDate> APPROVAL_DEADLINE = date("approvalDeadline");
    private static final ContractField<LocalDate> PUBLICATION_DATE = date("publicationDate");
    private static final ContractField<LocalDate> EVALUATION_DEADLINE = date("evaluationDeadline");
    /** HR's answer when dates are past: use them as set (refused), or start now with the proposal. */
    static final String START_NOW = "START_NOW";
    private static final ContractField<String> START_CHOICE = ContractField.choice("startChoice", START_NOW);

    private final CycleService cycles;
    private final CalendarRules rules;
    private final FormTexts texts;

    CalendarSubmissions(CycleService cycles, CalendarRules rules, FormTexts texts) {
        this.cycles = cycles;
        this.rules = rules;
        this.texts = texts;
    }

    @Override
    public List<FormContract> contracts() {
        return List.of(FormContract.of("annual-cycle-calendar", YEAR, MAPPING_OPENS, MAPPING_DEADLINE, TALKS_OPEN,
                TALKS_DEADLINE, SECTOR_INPUT_OPENS, SECTOR_INPUT_DEADLINE, KOMPETANSEFORUM_MEETING,
                CONSULTATION_MEETING, APPROVAL_DEADLINE, PUBLICATION_DATE, EVALUATION_DEADLINE, START_CHOICE));
    }

    @Override
    public Map<String, Object> handle(SubmittedForm form) {
        int year = form.require(YEAR);
        List<FieldError> errors = new ArrayList<>();
        if (form.businessKey() != null && !form.businessKey().equals(String.valueOf(year))) {
            errors.add(new FieldError(YEAR.key(), texts.get("cycle.calendar.year.label"),
                    texts.get("cycle.calendar.year.wrong", form.businessKey())));
        }
        YearCalendar c = new YearCalendar(year, form.require(MAPPING_OPENS), form.require(MAPPING_DEADLINE),
                form.require(TALKS_OPEN), form.require(TALKS_DEADLINE), form.require(SECTOR_INPUT_OPENS),
                form.require(SECTOR_INPUT_DEADLINE), form.require(KOMPETANSEFORUM_MEETING),
                form.require(CONSULTATION_MEETING), form.require(APPROVAL_DEADLINE), form.require(PUBLICATION_DATE),
                form.require(EVALUATION_DEADLINE));
        rules.order(c, texts::get).forEach(p -> errors.add(new FieldError(p.field(), p.label(), p.message())));
        boolean startNow = START_NOW.equals(form.get(START_CHOICE));
        if (errors.isEmpty() && !startNow) {
            rules.past(c, texts::get).forEach(p -> errors.add(new FieldError(p.field(), p.label(), p.message())));
        }
        if (!errors.isEmpty()) {
            throw FormValidationException.refusing(errors);
        }
        YearCalendar kept = startNow ? rules.proposal(c) : c;
        cycles.setCalendar(kept);
        // the process variables show the dates the year runs by
        Map<String, Object> variables = new LinkedHashMap<>(kept.formValues());
        variables.remove("year");
        return variables;
    }

    private static ContractField<LocalDate> date(String key) {
        return ContractField.date(key).required();
    }
}
