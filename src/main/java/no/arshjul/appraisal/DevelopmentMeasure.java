package no.arshjul.appraisal;

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

import java.math.BigDecimal;
import java.time.LocalDate;

/** A measure (tiltak) in the development plan agreed in a talk, followed up at its due date. */
@Entity
@Table(name = "development_measure")
public class DevelopmentMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talk_id")
    private AppraisalTalk talk;
    @Column(nullable = false)
    private String title;
    @Column(name = "competence_goal", nullable = false)
    private String competenceGoal;
    @Column(name = "measure_type", nullable = false)
    private String measureType;
    @Column(nullable = false)
    private String kind;
    @Column(name = "responsible_user_id", nullable = false)
    private String responsibleUserId;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(name = "cost_nok")
    private BigDecimal costNok;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeasureStatus status;
    @Column(name = "completed_date")
    private LocalDate completedDate;
    @Column(name = "cancel_reason", length = 4000)
    private String cancelReason;

    protected DevelopmentMeasure() {
    }

    DevelopmentMeasure(AppraisalTalk talk, String title, String competenceGoal, String measureType, String kind,
                       String responsibleUserId, LocalDate dueDate, BigDecimal costNok) {
        this.talk = talk;
        this.title = title;
        this.competenceGoal = competenceGoal;
        this.measureType = measureType;
        this.kind = kind;
        this.responsibleUserId = responsibleUserId;
        this.dueDate = dueDate;
        this.costNok = costNok;
        this.status = MeasureStatus.PLANNED;
    }

    void complete(LocalDate on) {
        this.status = MeasureStatus.COMPLETED;
        this.completedDate = on;
    }

    void postpone(LocalDate newDueDate) {
        this.status = MeasureStatus.POSTPONED;
        this.dueDate = newDueDate;
    }

    void cancel(String reason) {
        this.status = MeasureStatus.CANCELLED;
        this.cancelReason = reason;
    }

    public Long getId() {
        return id;
    }

    public AppraisalTalk getTalk() {
        return talk;
    }

    public String getTitle() {
        return title;
    }

    public String getCompetenceGoal() {
        return competenceGoal;
    }

    public String getMeasureType() {
        return measureType;
    }

    public String getKind() {
        return kind;
    }

    public String getResponsibleUserId() {
        return responsibleUserId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public BigDecimal getCostNok() {
        return costNok;
    }

    public MeasureStatus getStatus() {
        return status;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    public String getCancelReason() {
        return cancelReason;
    }
}
