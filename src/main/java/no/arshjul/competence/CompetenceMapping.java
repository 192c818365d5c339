package no.arshjul.competence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.arshjul.organisation.Employee;

import java.time.Instant;

/** One employee's competence mapping (kompetansekartlegging) in one year. */
@Entity
@Table(name = "competence_mapping")
public class CompetenceMapping {

    @Id
    // fifty ids per sequence call, so a launch's rows go in JDBC batches (V90)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "competence_mapping_ids")
    @SequenceGenerator(name = "competence_mapping_ids", sequenceName = "competence_mapping_ids", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Column(name = "mapping_year", nullable = false)
    private int year;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MappingStatus status;
    @Column(name = "leader_comment", length = 4000)
    private String leaderComment;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CompetenceMapping() {
    }

    CompetenceMapping(Employee employee, int year, Instant now) {
        this.employee = employee;
        this.year = year;
        this.status = MappingStatus.REGISTERING;
        this.updatedAt = now;
    }

    void started(String processInstanceId, Instant now) {
        this.processInstanceId = processInstanceId;
        this.updatedAt = now;
    }

    void advance(MappingStatus status, String leaderComment, Instant now) {
        this.status = status;
        this.leaderComment = leaderComment;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Employee getEmployee() {
        return employee;
    }

    public int getYear() {
        return year;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public MappingStatus getStatus() {
        return status;
    }

    public String getLeaderComment() {
        return leaderComment;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
