package no.arshjul.cycle;

import no.arshjul.forms.FieldError;
import no.arshjul.forms.FormSubmissionHandler;
import no.arshjul.forms.FormValidationException;
import no.arshjul.forms.SubmittedForm;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** HR's calendar must hang together: each window closes after it opens, and the plan's steps come in order. */
@Component
class CalendarSubmissions implements FormSubmissionHandler {

    private final CycleService cycles;

    CalendarSubmissions(CycleService cycles) {
        this.cycles = cycles;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of("annual-cycle-calendar");
    }

    @Override
    public Map<String, Object> handle(SubmittedForm form) {
        int year = ((Number) form.data().get("year")).intValue();
        List<FieldError> errors = new ArrayList<>();
        if (form.businessKey() != null && !form.businessKey().equals(String.valueOf(year))) {
            errors.add(new FieldError("year", "År", "«År» må være " + form.businessKey()
                    + ", året dette årshjulet ble startet for."));
        }
        YearCalendar c = new YearCalendar(year, date(form, "mappingOpens"), date(form, "mappingDeadline"),
                date(form, "talksOpen"), date(form, "talksDeadline"), date(form, "sectorInputOpens"),
                date(form, "sectorInputDeadline"), date(form, "kompetanseforumMeeting"),
                date(form, "consultationMeeting"), date(form, "approvalDeadline"), date(form, "publicationDate"),
                date(form, "evaluationDeadline"));
        after(errors, c.mappingDeadline(), c.mappingOpens(), "mappingDeadline", "Frist for kompetansekartlegging",
                "Kompetansekartlegging åpner");
        after(errors, c.talksDeadline(), c.talksOpen(), "talksDeadline", "Frist for medarbeidersamtaler",
                "Medarbeidersamtaler åpner");
        after(errors, c.sectorInputDeadline(), c.sectorInputOpens(), "sectorInputDeadline",
                "Frist for innspill fra sektorene", "Innspillsperioden til SKUP starter");
        after(errors, c.kompetanseforumMeeting(), c.sectorInputDeadline(), "kompetanseforumMeeting",
                "Møte i Kompetanseforum", "Frist for innspill fra sektorene");
        after(errors, c.consultationMeeting(), c.kompetanseforumMeeting(), "consultationMeeting",
                "Medbestemmelsesmøte", "Møte i Kompetanseforum");
        after(errors, c.approvalDeadline(), c.consultationMeeting(), "approvalDeadline", "Rådmannens vedtak",
                "Medbestemmelsesmøte");
        if (!errors.isEmpty()) {
            throw new FormValidationException(form.taskName(), errors);
        }
        cycles.setCalendar(c);
        return Map.of();
    }

    private static void after(List<FieldError> errors, LocalDate later, LocalDate earlier, String field, String label,
                              String earlierLabel) {
        if (later.isBefore(earlier)) {
            errors.add(new FieldError(field, label, "«" + label + "» må være etter «" + earlierLabel + "»."));
        }
    }

    private static LocalDate date(SubmittedForm form, String key) {
        return LocalDate.parse(form.text(key));
    }
}
