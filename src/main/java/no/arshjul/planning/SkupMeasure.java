package no.arshjul.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A measure of the plan with its budget and who is responsible (Sørum's and Halden's columns), and,
 * once the plan is adopted, how it is going: its status and what has been spent (HR follows it up,
 * {@link SkupMeasureProgress}).
 */
@Entity
@Table(name = "skup_measure")
public class SkupMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SkupPlan plan;
    @Column(nullable = false)
    private int priority;
    @Column(nullable = false)
    private String title;
    @Column(name = "target_group", nullable = false)
    private String targetGroup;
    @Column(nullable = false)
    private String responsible;
    @Column(name = "cost_nok", nullable = false)
    private BigDecimal costNok;
    @Column(name = "funding_source", nullable = false)
    private String fundingSource;
    @Column(nullable = false)
    private String period;
    @Enumerated(EnumType.STRING)
    @Column(name = "progress_status", nullable = false)
    private SkupMeasureStatus progressStatus = SkupMeasureStatus.PLANNED;
    @Column(name = "spent_nok", nullable = false)
    private BigDecimal spentNok = BigDecimal.ZERO;
    @Column(name = "progress_comment", length = 2000)
    private String progressComment;
    @Column(name = "progress_updated_at")
    private Instant progressUpdatedAt;
    @Column(name = "progress_updated_by")
    private String progressUpdatedBy;
    /** Two people saving the same measure at once: the second is told, not silently overwritten. */
    @Version
    @Column(name = "progress_version", nullable = false)
    private long progressVersion;

    protected SkupMeasure() {
    }

    SkupMeasure(int priority, String title, String targetGroup, String responsible, BigDecimal costNok,
                String fundingSource, String period) {
        this.priority = priority;
        this.title = title;
        this.targetGroup = targetGroup;
        this.responsible = responsible;
        this.costNok = costNok;
        this.fundingSource = fundingSource;
        this.period = period;
    }

    void attachTo(SkupPlan plan) {
        this.plan = plan;
    }

    /** The measure's follow-up as HR records it; the caller keeps the change (SkupMeasureChange). */
    void followUp(SkupMeasureStatus status, BigDecimal spentNok, String comment, String by, Instant at) {
        this.progressStatus = status;
        this.spentNok = spentNok;
        this.progressComment = comment;
        this.progressUpdatedBy = by;
        this.progressUpdatedAt = at;
    }

    public Long getId() {
        return id;
    }

    SkupPlan getPlan() {
        return plan;
    }

    public SkupMeasureStatus getProgressStatus() {
        return progressStatus;
    }

    public BigDecimal getSpentNok() {
        return spentNok;
    }

    public String getProgressComment() {
        return progressComment;
    }

    public Instant getProgressUpdatedAt() {
        return progressUpdatedAt;
    }

    public String getProgressUpdatedBy() {
        return progressUpdatedBy;
    }

    public long getProgressVersion() {
        return progressVersion;
    }

    public int getPriority() {
        return priority;
    }

    public String getTitle() {
        return title;
    }

    public String getTargetGroup() {
        return targetGroup;
    }

    public String getResponsible() {
        return responsible;
    }

    public BigDecimal getCostNok() {
        return costNok;
    }

    public String getFundingSource() {
        return fundingSource;
    }

    public String getPeriod() {
        return period;
    }
}
