package no.arshjul.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** How many people should hold a competence in a sector or unit by a year (KS step 5). */
@Entity
@Table(name = "competence_goal")
public class CompetenceGoal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "plan_year", nullable = false)
    private int planYear;
    @Column(name = "competence_code", nullable = false)
    private String competenceCode;
    @Column(name = "org_unit_code", nullable = false)
    private String orgUnitCode;
    @Column(name = "target_count", nullable = false)
    private int targetCount;
    @Column(name = "target_year", nullable = false)
    private int targetYear;
    @Column(nullable = false)
    private String indicator;

    protected CompetenceGoal() {
    }

    public CompetenceGoal(int planYear, String competenceCode, String orgUnitCode, int targetCount, int targetYear,
                          String indicator) {
        this.planYear = planYear;
        this.competenceCode = competenceCode;
        this.orgUnitCode = orgUnitCode;
        this.targetCount = targetCount;
        this.targetYear = targetYear;
        this.indicator = indicator;
    }

    public int getPlanYear() {
        return planYear;
    }

    public String getCompetenceCode() {
        return competenceCode;
    }

    public String getOrgUnitCode() {
        return orgUnitCode;
    }

    public int getTargetCount() {
        return targetCount;
    }

    public int getTargetYear() {
        return targetYear;
    }

    public String getIndicator() {
        return indicator;
    }
}
