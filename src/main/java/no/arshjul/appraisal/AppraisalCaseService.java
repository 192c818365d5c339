package no.arshjul.appraisal;

import no.arshjul.AccessLog;
import no.arshjul.forms.SubmittedAnswers;
import no.arshjul.organisation.OrganisationService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.organisation.CaseAccess;
import no.arshjul.organisation.Employee;
import no.arshjul.forms.FormSubmission;
import no.arshjul.web.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One employee's talk for a year as the employee or their leader may see it, with last year's
 * minutes and plan beside it (they are brought back at the next talk). The leader's own
 * preparation is shown to the leader only.
 */
@Service
@Transactional(readOnly = true)
public class AppraisalCaseService {

    private final CaseAccess access;
    private final OrganisationService organisation;
    private final AppraisalTalkRepository talks;
    private final TalkMinutesRepository minutes;
    private final DevelopmentMeasureRepository measures;
    private final MeasureFollowUpRepository followUps;
    private final SubmittedAnswers submissions;
    private final ObjectMapper mapper;
    private final Texts texts;
    private final AccessLog accessLog;

    public AppraisalCaseService(CaseAccess access, OrganisationService organisation, AppraisalTalkRepository talks,
                                TalkMinutesRepository minutes, DevelopmentMeasureRepository measures,
                                MeasureFollowUpRepository followUps, SubmittedAnswers submissions,
                                ObjectMapper mapper, Texts texts, AccessLog accessLog) {
        this.access = access;
        this.organisation = organisation;
        this.talks = talks;
        this.minutes = minutes;
        this.measures = measures;
        this.followUps = followUps;
        this.submissions = submissions;
        this.mapper = mapper;
        this.texts = texts;
        this.accessLog = accessLog;
    }

    public record CaseView(String employeeUserId, String employeeName, String unit, int year, TalkView talk,
                           TalkView previousYear) {
    }

    public record TalkView(TalkStatus status, LocalDate talkDate, String talkTime, String talkPlace,
                           Map<String, Object> employeePreparation, Map<String, Object> leaderPreparation,
                           MinutesView minutes, List<MeasureView> measures) {
    }

    public record MinutesView(LocalDate talkDate, String talkHeld, List<String> topics, String summary,
                              String discussionsWithoutMeasure, String agreedWorkGoals, String employeeAck,
                              String employeeComment, Instant employeeSignedAt) {
    }

    public record MeasureView(long id, String title, String competenceGoal, String measureType, String kind,
                              String responsible, LocalDate dueDate, BigDecimal costNok, MeasureStatus status,
                              List<FollowUpView> followUps) {
    }

    public record FollowUpView(String outcome, LocalDate newDueDate, String comment, String recordedBy, Instant recordedAt) {
    }

    /**
     * Read-write, not read-only: a leader's read is recorded in the access log in this transaction,
     * so the read and its record are committed together when this returns.
     */
    @Transactional
    public CaseView caseOf(String viewerUserId, String employeeUserId, int year) {
        if (!access.canRead(viewerUserId, employeeUserId)) {
            throw new AccessDeniedException(texts.forCaller("appraisal.case.denied"));
        }
        accessLog.recordRead(viewerUserId, employeeUserId, AccessLog.What.APPRAISAL);
        Employee employee = organisation.findByUserId(employeeUserId).orElseThrow();
        boolean asLeader = !viewerUserId.equals(employeeUserId);
        return new CaseView(employee.getUserId(), employee.getFullName(), employee.getUnit().getName(), year,
                talks.findByEmployeeAndYear(employee, year).map(t -> view(t, asLeader)).orElse(null),
                talks.findByEmployeeAndYear(employee, year - 1).map(t -> view(t, asLeader)).orElse(null));
    }

    private TalkView view(AppraisalTalk talk, boolean asLeader) {
        String instance = talk.getProcessInstanceId();
        return new TalkView(talk.getStatus(), talk.getTalkDate(), talk.getTalkTime(), talk.getTalkPlace(),
                submitted(instance, "appraisal-prep-employee").orElse(null),
                asLeader ? submitted(instance, "appraisal-prep-leader").orElse(null) : null,
                minutes.findByTalk(talk).map(AppraisalCaseService::view).orElse(null),
                measures.findByTalkOrderByIdAsc(talk).stream().map(this::view).toList());
    }

    private static MinutesView view(TalkMinutes m) {
        return new MinutesView(m.getTalkDate(), m.getTalkHeld(), List.of(m.getTopics().split(",")), m.getSummary(),
                m.getDiscussionsWithoutMeasure(), m.getAgreedWorkGoals(), m.getEmployeeAck(), m.getEmployeeComment(),
                m.getEmployeeSignedAt());
    }

    private MeasureView view(DevelopmentMeasure m) {
        return new MeasureView(m.getId(), m.getTitle(), m.getCompetenceGoal(), m.getMeasureType(), m.getKind(),
                m.getResponsibleUserId(), m.getDueDate(), m.getCostNok(), m.getStatus(),
                followUps.findByMeasureOrderByIdAsc(m).stream().map(f -> new FollowUpView(f.getOutcome(),
                        f.getNewDueDate(), f.getComment(), f.getRecordedBy(), f.getRecordedAt())).toList());
    }

    private Optional<Map<String, Object>> submitted(String processInstanceId, String formKey) {
        if (processInstanceId == null) {
            return Optional.empty();
        }
        return submissions.latest(processInstanceId, formKey)
                .map(FormSubmission::getData).map(this::read);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> read(String json) {
        try {
            return mapper.readValue(json, Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored submission is not JSON", e);
        }
    }
}
