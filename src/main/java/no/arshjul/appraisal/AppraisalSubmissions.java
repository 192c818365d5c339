package no.arshjul.appraisal;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.forms.ContractField;
import no.arshjul.forms.FieldError;
import no.arshjul.forms.FieldValues;
import no.arshjul.forms.FormContract;
import no.arshjul.forms.FormTexts;
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

/** Keeps the talk's records in step with its forms: status, schedule, minutes, plan and follow-ups. */
@Component
class AppraisalSubmissions implements FormSubmissionHandler {

    static final String MEASURE_IDS = "measureIds";

    private static final ContractField<LocalDate> TALK_DATE = ContractField.date("talkDate").required();
    private static final ContractField<String> TALK_TIME = ContractField.text("talkTime");
    private static final ContractField<String> TALK_PLACE = ContractField.text("talkPlace");
    private static final ContractField<String> TALK_HELD = ContractField.text("talkHeld");
    private static final ContractField<List<String>> TOPICS = ContractField.choices("topics");
    private static final ContractField<String> SUMMARY = ContractField.text("summary");
    private static final ContractField<String> DISCUSSIONS_WITHOUT_MEASURE = ContractField.text("discussionsWithoutMeasure");
    private static final ContractField<String> AGREED_WORK_GOALS = ContractField.text("agreedWorkGoals");
    private static final ContractField<String> MEASURE_TITLE = ContractField.text("title");
    private static final ContractField<String> MEASURE_GOAL = ContractField.text("competenceGoal");
    private static final ContractField<String> MEASURE_TYPE = ContractField.text("measureType");
    private static final ContractField<String> MEASURE_KIND = ContractField.text("kind");
    private static final ContractField<String> MEASURE_RESPONSIBLE = ContractField.text("responsible");
    private static final ContractField<LocalDate> MEASURE_DUE = ContractField.date("dueDate").required();
    private static final ContractField<BigDecimal> MEASURE_COST = ContractField.decimal("costNok");
    private static final ContractField<List<FieldValues>> MEASURES = ContractField.list("measures", MEASURE_TITLE,
            MEASURE_GOAL, MEASURE_TYPE, MEASURE_KIND, MEASURE_RESPONSIBLE, MEASURE_DUE, MEASURE_COST);
    private static final ContractField<String> EMPLOYEE_ACK = ContractField.choice("employeeAck", "AGREED", "DISAGREE")
            .required();
    private static final ContractField<String> EMPLOYEE_COMMENT = ContractField.text("employeeComment");
    private static final ContractField<String> FOLLOW_UP_OUTCOME =
            ContractField.choice("followUpOutcome", "DONE", "POSTPONED", "CANCELLED").required();
    private static final ContractField<LocalDate> NEW_DUE_DATE = ContractField.date("newDueDate");
    private static final ContractField<String> FOLLOW_UP_COMMENT = ContractField.text("followUpComment");

    private final AppraisalTalkRepository talks;
    private final TalkMinutesRepository minutes;
    private final DevelopmentMeasureRepository measures;
    private final MeasureFollowUpRepository followUps;
    private final OrganisationService organisation;
    private final FormTexts texts;
    private final Clock clock;

    AppraisalSubmissions(AppraisalTalkRepository talks, TalkMinutesRepository minutes,
                         DevelopmentMeasureRepository measures, MeasureFollowUpRepository followUps,
                         OrganisationService organisation, FormTexts texts, Clock clock) {
        this.talks = talks;
        this.minutes = minutes;
        this.measures = measures;
        this.followUps = followUps;
        this.organisation = organisation;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public List<FormContract> contracts() {
        return List.of(FormContract.of("appraisal-prep-employee"), FormContract.of("appraisal-prep-leader"),
                FormContract.of("appraisal-schedule", TALK_DATE, TALK_TIME, TALK_PLACE),
                FormContract.of("appraisal-minutes", TALK_DATE, TALK_HELD, TOPICS, SUMMARY,
                        DISCUSSIONS_WITHOUT_MEASURE, AGREED_WORK_GOALS, MEASURES),
                FormContract.of("appraisal-minutes-review", EMPLOYEE_ACK, EMPLOYEE_COMMENT),
                FormContract.of("measure-follow-up", FOLLOW_UP_OUTCOME, NEW_DUE_DATE, FOLLOW_UP_COMMENT));
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
                    talk.schedule(form.require(TALK_DATE), form.get(TALK_TIME), form.get(TALK_PLACE), now);
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
        List<FieldValues> drafts = form.get(MEASURES);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String responsible = drafts.get(i).get(MEASURE_RESPONSIBLE);
            if (responsible != null && organisation.findByUserId(responsible).isEmpty()) {
                errors.add(new FieldError(MEASURES.key() + "[" + i + "]." + MEASURE_RESPONSIBLE.key(),
                        texts.get("appraisal.measure.responsible.label"),
                        texts.get("appraisal.measure.responsible.unknown", String.valueOf(i + 1), responsible)));
            }
        }
        if (!errors.isEmpty()) {
            throw FormValidationException.refusing(errors);
        }
        TalkMinutes record = minutes.findByTalk(talk).orElseGet(() -> new TalkMinutes(talk));
        record.record(form.require(TALK_DATE), form.get(TALK_HELD), String.join(",", form.get(TOPICS)),
                form.get(SUMMARY), form.get(DISCUSSIONS_WITHOUT_MEASURE), form.get(AGREED_WORK_GOALS),
                form.userId() == null ? "system" : form.userId(), now);
        minutes.save(record);
        List<Long> ids = new ArrayList<>();
        for (FieldValues draft : drafts) {
            ids.add(measures.save(new DevelopmentMeasure(talk, draft.get(MEASURE_TITLE), draft.get(MEASURE_GOAL),
                    draft.get(MEASURE_TYPE), draft.get(MEASURE_KIND), draft.get(MEASURE_RESPONSIBLE),
                    draft.require(MEASURE_DUE), draft.get(MEASURE_COST))).getId());
        }
        talk.advance(TalkStatus.MINUTES_RECORDED, now);
        // JSON, not Java serialization: readable in Cockpit, and safe to turn Java serialization off.
        return Variables.objectValue(ids).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }

    private void review(AppraisalTalk talk, SubmittedForm form, Instant now) {
        String ack = form.get(EMPLOYEE_ACK);
        String comment = form.get(EMPLOYEE_COMMENT);
        if (!"AGREED".equals(ack) && comment == null) {
            throw FormValidationException.of(EMPLOYEE_COMMENT.key(), texts.get("appraisal.review.comment.label"),
                    texts.get("appraisal.review.comment.required"));
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
        String outcome = form.require(FOLLOW_UP_OUTCOME);
        String comment = form.get(FOLLOW_UP_COMMENT);
        LocalDate today = LocalDate.now(clock);
        LocalDate newDueDate = form.get(NEW_DUE_DATE);
        switch (outcome) {
            case "DONE" -> measure.complete(today);
            case "POSTPONED" -> {
                if (newDueDate == null || !newDueDate.isAfter(today)) {
                    throw FormValidationException.of(NEW_DUE_DATE.key(), texts.get("appraisal.followUp.newDueDate.label"),
                            texts.get("appraisal.followUp.newDueDate.required"));
                }
                measure.postpone(newDueDate);
            }
            case "CANCELLED" -> {
                if (comment == null) {
                    throw FormValidationException.of(FOLLOW_UP_COMMENT.key(), texts.get("appraisal.followUp.comment.label"),
                            texts.get("appraisal.followUp.comment.required"));
                }
                measure.cancel(comment);
            }
            default -> throw new IllegalArgumentException(outcome);
        }
        followUps.save(new MeasureFollowUp(measure, outcome, newDueDate, comment,
                form.userId() == null ? "system" : form.userId(), now));
    }
}
