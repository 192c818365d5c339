package no.arshjul.organisation;

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

/** A role given to a person by HR, as opposed to the roles that follow from the tree. */
@Entity
@Table(name = "role_assignment")
public class RoleAssignment {

    @Id
    // a sequence, not identity: identity columns stop Hibernate from batching the inserts of an import
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "role_assignment_seq")
    @SequenceGenerator(name = "role_assignment_seq", sequenceName = "role_assignment_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;

    @Column(nullable = false)
    private String role;

    /** Only for union representatives (tillitsvalgt): the union they represent. */
    @Column(name = "union_name")
    private String unionName;

    protected RoleAssignment() {
    }

    public RoleAssignment(Employee employee, Role role, String unionName) {
        if (!role.isAssigned()) {
            throw new IllegalArgumentException(role + " follows from the organisation tree and cannot be assigned");
        }
        this.employee = employee;
        this.role = role.groupId();
        this.unionName = unionName;
    }

    public Employee getEmployee() {
        return employee;
    }

    public Role getRole() {
        return Role.ofGroupId(role).orElseThrow();
    }

    public String getUnionName() {
        return unionName;
    }

    void changeUnion(String unionName) {
        this.unionName = unionName;
    }
}
