package no.arshjul.organisation;

import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import no.arshjul.EngineClock;
import no.arshjul.NorwegianOrder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;

/** A person employed by the municipality, as the payroll system knows them. */
@Entity
@Table(name = "employee")
public class Employee {

    /** By last name, then first name, in Norwegian order. */
    public static final Comparator<Employee> BY_NAME = Comparator.comparing(Employee::getLastName, NorwegianOrder.TEXT)
            .thenComparing(Employee::getFirstName, NorwegianOrder.TEXT);

    @Id
    // a sequence, not identity: identity columns stop Hibernate from batching the inserts of an import
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    private Long id;

    @Column(name = "employee_number", nullable = false, unique = true)
    private String employeeNumber;

    @Column(name = "user_id", nullable = false, unique = true)
    private String userId;

    @Column(name = "first_name", nullable = false)
    private String firstName;

    @Column(name = "last_name", nullable = false)
    private String lastName;

    @Column(nullable = false)
    private String email;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "position_title", nullable = false)
    private String positionTitle;

    @Column(name = "employment_percentage", nullable = false)
    private BigDecimal employmentPercentage;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    private OrgUnit unit;

    @Column(nullable = false)
    private boolean active;
    @Column(name = "inactive_since")
    private LocalDate inactiveSince;

    protected Employee() {
    }

    public Employee(String employeeNumber) {
        this.employeeNumber = employeeNumber;
    }

    /** Copies the payroll fields; the employee number is the identity and never changes. */
    public void update(EmployeeData data, OrgUnit unit) {
        this.userId = data.userId();
        this.firstName = data.firstName();
        this.lastName = data.lastName();
        this.email = data.email();
        this.dateOfBirth = data.dateOfBirth();
        this.positionTitle = data.positionTitle();
        this.employmentPercentage = data.employmentPercentage();
        this.startDate = data.startDate();
        this.active = data.active();
        this.unit = unit;
    }

    public boolean sameAs(EmployeeData data, OrgUnit unit) {
        return data.userId().equals(userId) && data.firstName().equals(firstName)
                && data.lastName().equals(lastName) && data.email().equals(email)
                && data.dateOfBirth().equals(dateOfBirth) && data.positionTitle().equals(positionTitle)
                && data.employmentPercentage().compareTo(employmentPercentage) == 0
                && data.startDate().equals(startDate) && data.active() == active
                && this.unit != null && this.unit.getId().equals(unit.getId());
    }

    /**
     * Keeps {@code inactiveSince} true to {@code active} however the flag was changed (the import's
     * rows, its deactivation of the missing, HR's tools): the day a person became inactive, by the
     * engine's clock; cleared when they are active again.
     */
    @PrePersist
    @PreUpdate
    void stampInactiveSince() {
        if (active) {
            inactiveSince = null;
        } else if (inactiveSince == null) {
            inactiveSince = EngineClock.today();
        }
    }

    /** The day the person became inactive, or null while they are active. */
    public LocalDate getInactiveSince() {
        return inactiveSince;
    }

    public void deactivate() {
        this.active = false;
    }

    public String getFullName() {
        return fullName(firstName, lastName);
    }

    /** How a person is named in titles and lists, also for names read without the entity. */
    public static String fullName(String firstName, String lastName) {
        return firstName + " " + lastName;
    }

    public Long getId() {
        return id;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getUserId() {
        return userId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getPositionTitle() {
        return positionTitle;
    }

    public BigDecimal getEmploymentPercentage() {
        return employmentPercentage;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public boolean isActive() {
        return active;
    }
}
