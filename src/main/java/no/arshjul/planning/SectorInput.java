package no.arshjul.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** A sector's input to next year's SKUP; the whole answer is in its form submission. */
@Entity
@Table(name = "sector_input")
public class SectorInput {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_year", nullable = false)
    private int planYear;
    @Column(name = "sector_code", nullable = false)
    private String sectorCode;
    @Column(nullable = false, length = 4000)
    private String challenges;
    @Column(name = "budget_need_nok")
    private BigDecimal budgetNeedNok;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(length = 1_000_000)
    private String answers;
    @Column(name = "process_instance_id")
    private String processInstanceId;

    protected SectorInput() {
    }

    SectorInput(int planYear, String sectorCode) {
        this.planYear = planYear;
        this.sectorCode = sectorCode;
    }

    void submit(String challenges, BigDecimal budgetNeedNok, String answers, String processInstanceId, String by,
                Instant at) {
        this.answers = answers;
        this.processInstanceId = processInstanceId;
        this.challenges = challenges;
        this.budgetNeedNok = budgetNeedNok;
        this.submittedBy = by;
        this.submittedAt = at;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getSectorCode() {
        return sectorCode;
    }

    public String getChallenges() {
        return challenges;
    }

    public BigDecimal getBudgetNeedNok() {
        return budgetNeedNok;
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
