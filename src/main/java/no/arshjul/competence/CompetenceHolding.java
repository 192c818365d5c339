package no.arshjul.competence;

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
import no.arshjul.NorwegianOrder;
import no.arshjul.organisation.Employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;

/**
 * One entry of an employee's competence profile (kompetanseprofil): an education,
 * a craft certificate, a course, an authorisation, a role or some real competence. Formal or real
 * follows from the entry type.
 */
@Entity
@Table(name = "competence_holding")
public class CompetenceHolding {

    /** As a profile lists them: by kind (the entry type's name), then by title in Norwegian order. */
    public static final Comparator<CompetenceHolding> IN_PROFILE_ORDER = Comparator
            .comparing((CompetenceHolding h) -> h.getEntryType().name())
            .thenComparing(CompetenceHolding::getTitle, NorwegianOrder.TEXT);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "competence_item_id")
    private CompetenceItem competenceItem;

    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false)
    private EntryType entryType;

    @Enumerated(EnumType.STRING)
    @Column(name = "competence_class", nullable = false)
    private CompetenceClass competenceClass;

    @Enumerated(EnumType.STRING)
    @Column(name = "real_category")
    private RealCategory realCategory;

    @Column(nullable = false)
    private String title;

    private String institution;

    @Enumerated(EnumType.STRING)
    private EducationLevel level;

    @Column(precision = 6, scale = 1)
    private BigDecimal credits;

    @Column(name = "completed_date")
    private LocalDate completedDate;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HoldingSource source;

    @Column(name = "confirmed_by")
    private String confirmedBy;

    @Column(name = "confirmed_at")
    private LocalDateTime confirmedAt;

    @Column(name = "updated_at", nullable = false)
    private LocalDateTime updatedAt;

    /** Real competence in the employee's own words. */
    @Column(length = 4000)
    private String description;

    /** Set when the employee ended the entry in a confirmed mapping: kept as history, no longer held. */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Column(name = "ended_by")
    private String endedBy;

    protected CompetenceHolding() {
    }

    public CompetenceHolding(Employee employee, EntryType entryType, String title, HoldingSource source,
                             LocalDateTime now) {
        this.employee = employee;
        this.entryType = entryType;
        this.competenceClass = entryType.competenceClass();
        this.title = title;
        this.source = source;
        this.updatedAt = now;
    }

    public void describe(CompetenceItem competenceItem, String institution, EducationLevel level,
                         BigDecimal credits, LocalDate completedDate, LocalDate validUntil,
                         RealCategory realCategory) {
        this.competenceItem = competenceItem;
        this.institution = institution;
        this.level = level;
        this.credits = credits;
        this.completedDate = completedDate;
        this.validUntil = validUntil;
        this.realCategory = realCategory;
    }

    public void confirm(String confirmedBy, LocalDateTime confirmedAt) {
        this.confirmedBy = confirmedBy;
        this.confirmedAt = confirmedAt;
        this.updatedAt = confirmedAt;
    }

    /** A changed entry, as the employee revised it in a mapping (the kind of entry stays). */
    public void revise(String title, CompetenceItem competenceItem, String institution, EducationLevel level,
                       LocalDate completedDate, LocalDate validUntil, String description) {
        this.title = title;
        this.competenceItem = competenceItem;
        this.institution = institution;
        this.level = level;
        this.completedDate = completedDate;
        this.validUntil = validUntil;
        this.description = description;
    }

    /** The kind of entry changes, and its class with it. */
    public void reclassify(EntryType entryType) {
        this.entryType = entryType;
        this.competenceClass = entryType.competenceClass();
    }

    public void describeInWords(String description) {
        this.description = description;
    }

    /** No longer held from this day: kept in the profile as history. */
    public void end(LocalDate endedOn, String endedBy, LocalDateTime now) {
        this.endedOn = endedOn;
        this.endedBy = endedBy;
        this.updatedAt = now;
    }

    public boolean isEnded() {
        return endedOn != null;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public String getEndedBy() {
        return endedBy;
    }

    public boolean isConfirmed() {
        return confirmedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public CompetenceItem getCompetenceItem() {
        return competenceItem;
    }

    public EntryType getEntryType() {
        return entryType;
    }

    public CompetenceClass getCompetenceClass() {
        return competenceClass;
    }

    public RealCategory getRealCategory() {
        return realCategory;
    }

    public String getTitle() {
        return title;
    }

    public String getInstitution() {
        return institution;
    }

    public EducationLevel getLevel() {
        return level;
    }

    public BigDecimal getCredits() {
        return credits;
    }

    public LocalDate getCompletedDate() {
        return completedDate;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }

    public HoldingSource getSource() {
        return source;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public LocalDateTime getConfirmedAt() {
        return confirmedAt;
    }

    public LocalDateTime getUpdatedAt() {
        return updatedAt;
    }
}
