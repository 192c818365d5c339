package no.arshjul.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A sector's evaluation of last year's plan on Lai's four levels: reactions, learning, application and benefit. */
@Entity
@Table(name = "sector_evaluation")
public class SectorEvaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_year", nullable = false)
    private int planYear;
    @Column(name = "sector_code", nullable = false)
    private String sectorCode;
    @Column(nullable = false)
    private String reactions;
    @Column(nullable = false)
    private String learning;
    @Column(nullable = false)
    private String application;
    @Column(nullable = false)
    private String benefit;
    @Column(name = "cost_nok")
    private BigDecimal costNok;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(length = 1_000_000)
    private String answers;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected SectorEvaluation() {
    }

    SectorEvaluation(int planYear, String sectorCode) {
        this.planYear = planYear;
        this.sectorCode = sectorCode;
    }

    void record(String reactions, String learning, String application, String benefit, BigDecimal costNok,
                String answers, String processInstanceId, String by, Instant at) {
        this.answers = answers;
        this.processInstanceId = processInstanceId;
        this.reactions = reactions;
        this.learning = learning;
        this.application = application;
        this.benefit = benefit;
        this.costNok = costNok;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public String getReactions() {
        return reactions;
    }

    public String getLearning() {
        return learning;
    }

    public String getApplication() {
        return application;
    }

    public String getBenefit() {
        return benefit;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    /** The whole answer as submitted (JSON), null for rows from before it was kept. */
    public String getAnswers() {
        return answers;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }
}
