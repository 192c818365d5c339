package no.arshjul.appraisal;

import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.forms.FieldError;
import no.arshjul.forms.FormSubmissionHandler;
import no.arshjul.forms.FormValidationException;
import no.arshjul.forms.SubmittedForm;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Keeps the talk's records in step with its forms: status, schedule, minutes, plan and follow-ups. */
@Component
class AppraisalSubmissions implements FormSubmissionHandler {

    static final String MEASURE_IDS = "measureIds";

    private final AppraisalTalkRepository talks;
    private final TalkMinutesRepository minutes;
    private final DevelopmentMeasureRepository measures;
    private final MeasureFollowUpRepository followUps;
    private final EmployeeRepository employees;
    private final Clock clock;

    AppraisalSubmissions(AppraisalTalkRepository talks, TalkMinutesRepository minutes,
                         DevelopmentMeasureRepository measures, MeasureFollowUpRepository followUps,
                         EmployeeRepository employees, Clock clock) {
        this.talks = talks;
        this.minutes = minutes;
        this.measures = measures;
        this.followUps = followUps;
        this.employees = employees;
        this.clock = clock;
    }

    @Override
    public Set<String> formKeys() {
        return Set.of("appraisal-prep-employee", "appraisal-prep-leader", "appraisal-schedule", "appraisal-minutes",
                "appraisal-minutes-review", "measure-follow-up");
    }

    @Override
    public Map<String, Object> handle(SubmittedForm form) {
        AppraisalTalk talk = talks.findByProcessInstanceId(form.processInstanceId()).orElseThrow(() ->
                new IllegalStateException("No appraisal talk record for process instance " + form.processInstanceId()));
        Instant now = Instant.now(clock);
        switch (form.formKey()) {
            case "appraisal-prep-employee" -> talk.advance(TalkStatus.EMPLOYEE_PREPARED, now);
            case "appraisal-prep-leader" -> talk.advance(TalkStatus.LEADER_PREPARED, now);
            case "appraisal-schedule" ->
                    talk.schedule(LocalDate.parse(form.text("talkDate")), form.text("talkTime"), form.text("talkPlace"), now);
            case "appraisal-minutes" -> {
                return Map.of(MEASURE_IDS, recordMinutes(talk, form, now));
            }
            case "appraisal-minutes-review" -> review(talk, form, now);
            case "measure-follow-up" -> followUp(form, now);
            default -> throw new IllegalArgumentException(form.formKey());
        }
        return Map.of();
    }

    private Object recordMinutes(AppraisalTalk talk, SubmittedForm form, Instant now) {
        List<Map<String, Object>> drafts = list(form.data().get("measures"));
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String responsible = string(drafts.get(i).get("responsible"));
            if (responsible != null && employees.findByUserId(responsible).isEmpty()) {
                errors.add(new FieldError("measures[" + i + "].responsible", "Ansvarlig",
                        "Tiltak " + (i + 1) + ": «" + responsible + "» er ikke et kjent brukernavn."));
            }
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(form.taskName(), errors);
        }
        TalkMinutes record = minutes.findByTalk(talk).orElseGet(() -> new TalkMinutes(talk));
        record.record(LocalDate.parse(form.text("talkDate")), form.text("talkHeld"), String.join(",", strings(form.data().get("topics"))),
                form.text("summary"), form.text("discussionsWithoutMeasure"), form.text("agreedWorkGoals"),
                form.userId() == null ? "system" : form.userId(), now);
        minutes.save(record);
        List<Long> ids = new ArrayList<>();
        for (Map<String, Object> draft : drafts) {
            Object cost = draft.get("costNok");
            ids.add(measures.save(new DevelopmentMeasure(talk, string(draft.get("title")),
                    string(draft.get("competenceGoal")), string(draft.get("measureType")), string(draft.get("kind")),
                    string(draft.get("responsible")), LocalDate.parse(string(draft.get("dueDate"))),
                    cost == null ? null : new BigDecimal(cost.toString()))).getId());
        }
        talk.advance(TalkStatus.MINUTES_RECORDED, now);
        // JSON, not Java serialization: readable in Cockpit, and safe to turn Java serialization off.
        return Variables.objectValue(ids).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    private void review(AppraisalTalk talk, SubmittedForm form, Instant now) {
        String ack = form.text("employeeAck");
        String comment = form.text("employeeComment");
        if (!"AGREED".equals(ack) && comment == null) {
            throw FormValidationException.of(form.taskName(), "employeeComment", "Kommentar",
                    "«Kommentar» må fylles ut når du er uenig eller vil legge til noe.");
        }
        TalkMinutes record = minutes.findByTalk(talk).orElseThrow(() ->
                new IllegalStateException("No minutes recorded for talk " + talk.getId()));
        record.acknowledge(ack, comment, now);
        talk.advance("DISAGREE".equals(ack) ? TalkStatus.DISAGREED : TalkStatus.AGREED, now);
    }

    private void followUp(SubmittedForm form, Instant now) {
        long measureId = ((Number) form.variable("measureId")).longValue();
        DevelopmentMeasure measure = measures.findById(measureId).orElseThrow(() ->
                new IllegalStateException("No measure " + measureId));
        String outcome = form.text("followUpOutcome");
        String comment = form.text("followUpComment");
        LocalDate today = LocalDate.now(clock);
        LocalDate newDueDate = form.text("newDueDate") == null ? null : LocalDate.parse(form.text("newDueDate"));
        switch (outcome) {
            case "DONE" -> measure.complete(today);
            case "POSTPONED" -> {
                if (newDueDate == null || !newDueDate.isAfter(today)) {
                    throw FormValidationException.of(form.taskName(), "newDueDate", "Ny frist",
                            "«Ny frist» må fylles ut med en dato etter i dag når tiltaket utsettes.");
                }
                measure.postpone(newDueDate);
            }
            case "CANCELLED" -> {
                if (comment == null) {
                    throw FormValidationException.of(form.taskName(), "followUpComment", "Kommentar / begrunnelse",
                            "«Kommentar / begrunnelse» må fylles ut når tiltaket avlyses.");
                }
                measure.cancel(comment);
            }
            default -> throw new IllegalArgumentException(outcome);
        }
        followUps.save(new MeasureFollowUp(measure, outcome, newDueDate, comment,
                form.userId() == null ? "system" : form.userId(), now));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static List<String> strings(Object value) {
        return value == null ? List.of() : ((List<?>) value).stream().map(Object::toString).toList();
    }

    private static String string(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
