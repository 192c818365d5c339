package no.arshjul.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A unit's training plan (opplæringsplan) built on the published SKUP and approved in the unit's consultation. */
@Entity
@Table(name = "unit_training_plan")
public class UnitTrainingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_year", nullable = false)
    private int planYear;
    @Column(name = "unit_code", nullable = false)
    private String unitCode;
    @Column(nullable = false)
    private String status;
    @Column(name = "consultation_date")
    private LocalDate consultationDate;
    @Column(name = "consultation_outcome")
    private String consultationOutcome;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(length = 1_000_000)
    private String answers;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected UnitTrainingPlan() {
    }

    UnitTrainingPlan(int planYear, String unitCode) {
        this.planYear = planYear;
        this.unitCode = unitCode;
    }

    void consulted(LocalDate date, String outcome, String answers, String processInstanceId, String by, Instant at) {
        this.answers = answers;
        this.processInstanceId = processInstanceId;
        this.consultationDate = date;
        this.consultationOutcome = outcome;
        this.status = "APPROVED".equals(outcome) ? "APPROVED" : "NOT_APPROVED";
        this.submittedBy = by;
        this.updatedAt = at;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getConsultationDate() {
        return consultationDate;
    }

    public String getConsultationOutcome() {
        return consultationOutcome;
    }

    public boolean isApproved() {
        return "APPROVED".equals(status);
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    /** The whole answer as submitted (JSON), null for rows from before it was kept. */
    public String getAnswers() {
        return answers;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
