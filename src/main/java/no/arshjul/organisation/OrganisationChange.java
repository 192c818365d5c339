package no.arshjul.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One row of the organisation's change record: who changed what, and when. */
@Entity
@Table(name = "organisation_change")
public class OrganisationChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String actor;

    @Column(name = "change_kind", nullable = false)
    private String change;

    @Column(name = "subject_user_id")
    private String subjectUserId;

    @Column(name = "unit_code")
    private String unitCode;

    /** What changed, e.g. {@code HO → OK} for a move or the union of a union representative. */
    @Column
    private String detail;

    protected OrganisationChange() {
    }

    OrganisationChange(Instant changedAt, String actor, String change, String subjectUserId, String unitCode, String detail) {
        this.changedAt = changedAt;
        this.actor = actor;
        this.change = change;
        this.subjectUserId = subjectUserId;
        this.unitCode = unitCode;
        this.detail = detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getActor() {
        return actor;
    }

    public String getChange() {
        return change;
    }

    public String getSubjectUserId() {
        return subjectUserId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getDetail() {
        return detail;
    }
}
