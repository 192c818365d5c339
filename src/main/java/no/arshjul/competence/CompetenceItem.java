package no.arshjul.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An entry of the municipality's competence catalogue (fagbrev, autorisasjon, kurs ...), which
 * holdings and measures refer to by code. HR keeps it; an entry is deactivated, never deleted,
 * so holdings that refer to it keep their meaning.
 */
@Entity
@Table(name = "competence_item")
public class CompetenceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CompetenceClass kind;

    @Column(name = "item_type", nullable = false)
    private String itemType;

    private String description;

    @Column(name = "validity_months")
    private Integer validityMonths;

    @Column(nullable = false)
    private boolean active = true;

    protected CompetenceItem() {
    }

    public CompetenceItem(String code) {
        this.code = code;
    }

    public void describe(String name, CompetenceClass kind, String itemType, String description,
                         Integer validityMonths) {
        this.name = name;
        this.kind = kind;
        this.itemType = itemType;
        this.description = description;
        this.validityMonths = validityMonths;
    }

    public void deactivate() {
        this.active = false;
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

    public CompetenceClass getKind() {
        return kind;
    }

    public String getItemType() {
        return itemType;
    }

    public String getDescription() {
        return description;
    }

    public Integer getValidityMonths() {
        return validityMonths;
    }

    public boolean isActive() {
        return active;
    }
}
