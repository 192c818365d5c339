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

/** A heading of the plan (satsingsområde) with its goal. */
@Entity
@Table(name = "skup_priority")
public class SkupPriority {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private SkupPlan plan;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String heading;
    @Column(nullable = false, length = 4000)
    private String goal;

    protected SkupPriority() {
    }

    SkupPriority(int position, String heading, String goal) {
        this.position = position;
        this.heading = heading;
        this.goal = goal;
    }

    void attachTo(SkupPlan plan) {
        this.plan = plan;
    }

    public int getPosition() {
        return position;
    }

    public String getHeading() {
        return heading;
    }

    public String getGoal() {
        return goal;
    }
}
