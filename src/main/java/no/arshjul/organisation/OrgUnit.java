package no.arshjul.organisation;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A node of the organisation tree: the municipality, a sector, a unit or a department. */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    // a sequence, not identity: identity columns stop Hibernate from batching the inserts of an import
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_type", nullable = false)
    private LevelType levelType;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "leader_id")
    private Employee leader;

    /** When the unit was left out of HR's units file; a closed unit has no leader and no active people. */
    @Column(name = "closed_at")
    private Instant closedAt;

    protected OrgUnit() {
    }

    public OrgUnit(String code, String name, LevelType levelType, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.levelType = levelType;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public LevelType getLevelType() {
        return levelType;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public Employee getLeader() {
        return leader;
    }

    public void setLeader(Employee leader) {
        this.leader = leader;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    void rename(String name) {
        this.name = name;
    }

    void changeLevel(LevelType levelType) {
        this.levelType = levelType;
    }

    void moveTo(OrgUnit parent) {
        this.parent = parent;
    }

    void close(Instant at) {
        this.closedAt = at;
        this.leader = null;
    }

    void reopen() {
        this.closedAt = null;
    }
}
