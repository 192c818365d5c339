package no.arshjul.cycle;

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
import no.arshjul.organisation.Employee;

import java.time.Instant;

/** One employee in one year's launch: unique per year and employee, so a launch never runs twice for anyone. */
@Entity
@Table(name = "launch_item")
public class LaunchItem {

    public enum Status { PENDING, DONE, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cycle_year", nullable = false)
    private int year;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Column(name = "batch_no", nullable = false)
    private int batchNo;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;
    @Column(length = 500)
    private String reason;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LaunchItem() {
    }

    LaunchItem(int year, Employee employee, int batchNo, Instant now) {
        this.year = year;
        this.employee = employee;
        this.batchNo = batchNo;
        this.status = Status.PENDING;
        this.updatedAt = now;
    }

    void done(Instant now) {
        this.status = Status.DONE;
        this.reason = null;
        this.updatedAt = now;
    }

    void failed(String reason, Instant now) {
        this.status = Status.FAILED;
        this.reason = reason;
        this.updatedAt = now;
    }

    void retry(int batchNo, Instant now) {
        this.status = Status.PENDING;
        this.batchNo = batchNo;
        this.updatedAt = now;
    }

    public int getYear() {
        return year;
    }

    public Employee getEmployee() {
        return employee;
    }

    public int getBatchNo() {
        return batchNo;
    }

    public Status getStatus() {
        return status;
    }

    public String getReason() {
        return reason;
    }
}
