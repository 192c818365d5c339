package no.arshjul.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One change of a SKUP measure's follow-up: who, when, the status and spend from and to, and the comment it left. */
@Entity
@Table(name = "skup_measure_change")
public class SkupMeasureChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "measure_id", nullable = false)
    private Long measureId;
    @Column(name = "plan_year", nullable = false)
    private int planYear;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by", nullable = false)
    private String changedBy;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", nullable = false)
    private SkupMeasureStatus fromStatus;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false)
    private SkupMeasureStatus toStatus;
    @Column(name = "from_spent", nullable = false)
    private BigDecimal fromSpent;
    @Column(name = "to_spent", nullable = false)
    private BigDecimal toSpent;
    @Column(length = 2000)
    private String comment;

    protected SkupMeasureChange() {
    }

    SkupMeasureChange(Long measureId, int planYear, Instant changedAt, String changedBy, SkupMeasureStatus fromStatus,
                      SkupMeasureStatus toStatus, BigDecimal fromSpent, BigDecimal toSpent, String comment) {
        this.measureId = measureId;
        this.planYear = planYear;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.fromSpent = fromSpent;
        this.toSpent = toSpent;
        this.comment = comment;
    }

    public Long getId() {
        return id;
    }

    public Long getMeasureId() {
        return measureId;
    }

    public int getPlanYear() {
        return planYear;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public SkupMeasureStatus getFromStatus() {
        return fromStatus;
    }

    public SkupMeasureStatus getToStatus() {
        return toStatus;
    }

    public BigDecimal getFromSpent() {
        return fromSpent;
    }

    public BigDecimal getToSpent() {
        return toSpent;
    }

    public String getComment() {
        return comment;
    }
}
