package no.arshjul.appraisal;

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
import java.time.LocalDate;

/** One employee's appraisal talk (medarbeidersamtale) in one year. */
@Entity
@Table(name = "appraisal_talk")
public class AppraisalTalk {

    @Id
    // fifty ids per sequence call, so a launch's rows go in JDBC batches (V90)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "appraisal_talk_ids")
    @SequenceGenerator(name = "appraisal_talk_ids", sequenceName = "appraisal_talk_ids", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "employee_id")
    private Employee employee;
    @Column(name = "talk_year", nullable = false)
    private int year;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TalkStatus status;
    @Column(name = "talk_date")
    private LocalDate talkDate;
    @Column(name = "talk_time")
    private String talkTime;
    @Column(name = "talk_place")
    private String talkPlace;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AppraisalTalk() {
    }

    public AppraisalTalk(Employee employee, int year, Instant now) {
        this.employee = employee;
        this.year = year;
        this.status = TalkStatus.NOT_STARTED;
        this.updatedAt = now;
    }

    void started(String processInstanceId, Instant now) {
        this.processInstanceId = processInstanceId;
        this.updatedAt = now;
    }

    void advance(TalkStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    void schedule(LocalDate date, String time, String place, Instant now) {
        this.talkDate = date;
        this.talkTime = time;
        this.talkPlace = place;
        advance(TalkStatus.SCHEDULED, now);
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

    public TalkStatus getStatus() {
        return status;
    }

    public LocalDate getTalkDate() {
        return talkDate;
    }

    public String getTalkTime() {
        return talkTime;
    }

    public String getTalkPlace() {
        return talkPlace;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
