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
import java.util.List;
import java.util.Map;

/** HR's calendar must hang together: each window closes after it opens, and the plan's steps come in order. */
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

    private final CycleService cycles;
    private final FormTexts texts;

    CalendarSubmissions(CycleService cycles, FormTexts texts) {
        this.cycles = cycles;
        this.texts = texts;
    }

    @Override
    public List<FormContract> contracts() {
        return List.of(FormContract.of("annual-cycle-calendar", YEAR, MAPPING_OPENS, MAPPING_DEADLINE, TALKS_OPEN,
                TALKS_DEADLINE, SECTOR_INPUT_OPENS, SECTOR_INPUT_DEADLINE, KOMPETANSEFORUM_MEETING,
                CONSULTATION_MEETING, APPROVAL_DEADLINE, PUBLICATION_DATE, EVALUATION_DEADLINE));
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
        after(errors, c.mappingDeadline(), c.mappingOpens(), MAPPING_DEADLINE, MAPPING_OPENS);
        after(errors, c.talksDeadline(), c.talksOpen(), TALKS_DEADLINE, TALKS_OPEN);
        after(errors, c.sectorInputDeadline(), c.sectorInputOpens(), SECTOR_INPUT_DEADLINE, SECTOR_INPUT_OPENS);
        after(errors, c.kompetanseforumMeeting(), c.sectorInputDeadline(), KOMPETANSEFORUM_MEETING, SECTOR_INPUT_DEADLINE);
        after(errors, c.consultationMeeting(), c.kompetanseforumMeeting(), CONSULTATION_MEETING, KOMPETANSEFORUM_MEETING);
        after(errors, c.approvalDeadline(), c.consultationMeeting(), APPROVAL_DEADLINE, CONSULTATION_MEETING);
        if (!errors.isEmpty()) {
            throw FormValidationException.refusing(errors);
        }
        cycles.setCalendar(c);
        return Map.of();
    }

    /** The labels are the form's, kept in messages as cycle.calendar.label.{key}. */
    private void after(List<FieldError> errors, LocalDate later, LocalDate earlier, ContractField<LocalDate> laterField,
                       ContractField<LocalDate> earlierField) {
        if (later.isBefore(earlier)) {
            String label = texts.get("cycle.calendar.label." + laterField.key());
            errors.add(new FieldError(laterField.key(), label, texts.get("cycle.calendar.notAfter", label,
                    texts.get("cycle.calendar.label." + earlierField.key()))));
        }
    }

    private static ContractField<LocalDate> date(String key) {
        return ContractField.date(key).required();
    }
}
