package no.arshjul.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** One follow-up of a measure by the leader: done, postponed to a new date, or cancelled with a reason. */
@Entity
@Table(name = "measure_follow_up")
public class MeasureFollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    private DevelopmentMeasure measure;
    @Column(nullable = false)
    private String outcome;
    @Column(name = "new_due_date")
    private LocalDate newDueDate;
    @Column(length = 4000)
    private String comment;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected MeasureFollowUp() {
    }

    MeasureFollowUp(DevelopmentMeasure measure, String outcome, LocalDate newDueDate, String comment,
                    String recordedBy, Instant recordedAt) {
        this.measure = measure;
        this.outcome = outcome;
        this.newDueDate = newDueDate;
        this.comment = comment;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public DevelopmentMeasure getMeasure() {
        return measure;
    }

    public String getOutcome() {
        return outcome;
    }

    public LocalDate getNewDueDate() {
        return newDueDate;
    }

    public String getComment() {
        return comment;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
