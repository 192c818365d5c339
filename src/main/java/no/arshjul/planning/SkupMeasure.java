package no.arshjul.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A measure of the plan with its budget and who is responsible (Sørum's and Halden's columns). */
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
