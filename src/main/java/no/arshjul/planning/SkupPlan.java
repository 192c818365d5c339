package no.arshjul.planning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The strategic competence development plan (SKUP) for one plan year, from draft to publication. */
@Entity
@Table(name = "skup_plan")
public class SkupPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_year", nullable = false, unique = true)
    private int planYear;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SkupStatus status;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "period_from")
    private Integer periodFrom;
    @Column(name = "period_to")
    private Integer periodTo;
    @Column(length = 4000)
    private String foreword;
    @Column(name = "overall_goals", length = 4000)
    private String overallGoals;
    @Column(name = "competence_concept", length = 4000)
    private String competenceConcept;
    @Column(name = "evaluation_plan", length = 4000)
    private String evaluationPlan;
    @Column(name = "forum_comments", length = 4000)
    private String forumComments;
    @Column(length = 4000)
    private String direction;
    @Column(name = "consultation_date")
    private LocalDate consultationDate;
    @Column(name = "consultation_type")
    private String consultationType;
    @Column(name = "consultation_unions")
    private String consultationUnions;
    @Column(name = "consultation_outcome")
    private String consultationOutcome;
    @Column(name = "consultation_statement", length = 4000)
    private String consultationStatement;
    @Column(name = "protocol_remark", length = 4000)
    private String protocolRemark;
    @Column(name = "approval_decision")
    private String approvalDecision;
    @Column(name = "approval_comments", length = 4000)
    private String approvalComments;
    @Column(name = "approved_by")
    private String approvedBy;
    @Column(name = "approved_on")
    private LocalDate approvedOn;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "gap_analysis", length = 1_000_000)
    private String gapAnalysis;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<SkupPriority> priorities = new ArrayList<>();
    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("priority")
    private List<SkupMeasure> measures = new ArrayList<>();

    protected SkupPlan() {
    }

    SkupPlan(int planYear, String processInstanceId, Instant now) {
        this.planYear = planYear;
        this.processInstanceId = processInstanceId;
        this.status = SkupStatus.DRAFTING;
        this.updatedAt = now;
    }

    void draft(int periodFrom, int periodTo, String foreword, String overallGoals, String competenceConcept,
               String evaluationPlan, List<SkupPriority> priorities, List<SkupMeasure> measures, SkupStatus status,
               Instant now) {
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
        this.foreword = foreword;
        this.overallGoals = overallGoals;
        this.competenceConcept = competenceConcept;
        this.evaluationPlan = evaluationPlan;
        this.priorities.clear();
        priorities.forEach(p -> p.attachTo(this));
        this.priorities.addAll(priorities);
        this.measures.clear();
        measures.forEach(m -> m.attachTo(this));
        this.measures.addAll(measures);
        advance(status, now);
    }

    void forumDiscussed(String comments, Instant now) {
        this.forumComments = comments;
        advance(SkupStatus.FORUM_DISCUSSED, now);
    }

    void directionGiven(String direction, Instant now) {
        this.direction = direction;
        advance(SkupStatus.PRESENTED_TO_RADMANN, now);
    }

    void consulted(LocalDate date, String type, String unions, String outcome, String statement, String remark,
                   Instant now) {
        this.consultationDate = date;
        this.consultationType = type;
        this.consultationUnions = unions;
        this.consultationOutcome = outcome;
        this.consultationStatement = statement;
        this.protocolRemark = remark;
        advance(SkupStatus.CONSULTED, now);
    }

    void decided(String decision, String comments, String by, LocalDate on, Instant now) {
        this.approvalDecision = decision;
        this.approvalComments = comments;
        if ("ADOPTED".equals(decision)) {
            this.approvedBy = by;
            this.approvedOn = on;
            advance(SkupStatus.ADOPTED, now);
        } else {
            advance(SkupStatus.FINAL_DRAFT, now);
        }
    }

    void published(Instant now) {
        this.publishedAt = now;
        advance(SkupStatus.PUBLISHED, now);
    }

    void gapAnalysis(String json, Instant now) {
        this.gapAnalysis = json;
        this.updatedAt = now;
    }

    private void advance(SkupStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public boolean isAdopted() {
        return status == SkupStatus.ADOPTED || status == SkupStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public int getPlanYear() {
        return planYear;
    }

    public SkupStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public Integer getPeriodFrom() {
        return periodFrom;
    }

    public Integer getPeriodTo() {
        return periodTo;
    }

    public String getForeword() {
        return foreword;
    }

    public String getOverallGoals() {
        return overallGoals;
    }

    public String getCompetenceConcept() {
        return competenceConcept;
    }

    public String getEvaluationPlan() {
        return evaluationPlan;
    }

    public String getForumComments() {
        return forumComments;
    }

    public String getDirection() {
        return direction;
    }

    public LocalDate getConsultationDate() {
        return consultationDate;
    }

    public String getConsultationType() {
        return consultationType;
    }

    public String getConsultationUnions() {
        return consultationUnions;
    }

    public String getConsultationOutcome() {
        return consultationOutcome;
    }

    public String getConsultationStatement() {
        return consultationStatement;
    }

    public String getProtocolRemark() {
        return protocolRemark;
    }

    public String getApprovalDecision() {
        return approvalDecision;
    }

    public String getApprovalComments() {
        return approvalComments;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getGapAnalysis() {
        return gapAnalysis;
    }

    public List<SkupPriority> getPriorities() {
        return priorities;
    }

    public List<SkupMeasure> getMeasures() {
        return measures;
    }
}
