package no.arshjul.cycle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

/** One year's cycle and the calendar HR set for it. */
@Entity
@Table(name = "annual_cycle")
public class AnnualCycle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "cycle_year", nullable = false, unique = true)
    private int year;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CycleStatus status;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "started_by")
    private String startedBy;
    @Column(name = "mapping_opens")
    private LocalDate mappingOpens;
    @Column(name = "mapping_deadline")
    private LocalDate mappingDeadline;
    @Column(name = "talks_open")
    private LocalDate talksOpen;
    @Column(name = "talks_deadline")
    private LocalDate talksDeadline;
    @Column(name = "sector_input_opens")
    private LocalDate sectorInputOpens;
    @Column(name = "sector_input_deadline")
    private LocalDate sectorInputDeadline;
    @Column(name = "kompetanseforum_meeting")
    private LocalDate kompetanseforumMeeting;
    @Column(name = "consultation_meeting")
    private LocalDate consultationMeeting;
    @Column(name = "approval_deadline")
    private LocalDate approvalDeadline;
    @Column(name = "publication_date")
    private LocalDate publicationDate;
    @Column(name = "evaluation_deadline")
    private LocalDate evaluationDeadline;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The calendar's dates by the names the models read, worked out once per loaded cycle (a launch asks for every instance). */
    @Transient
    private Map<String, Date> processDates;

    protected AnnualCycle() {
    }

    AnnualCycle(int year, String startedBy, Instant now) {
        this.year = year;
        this.startedBy = startedBy;
        this.status = CycleStatus.SETTING_CALENDAR;
        this.updatedAt = now;
        setCalendar(YearCalendar.defaultsFor(year), now);
    }

    void started(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void setCalendar(YearCalendar c, Instant now) {
        processDates = null;
        mappingOpens = c.mappingOpens();
        mappingDeadline = c.mappingDeadline();
        talksOpen = c.talksOpen();
        talksDeadline = c.talksDeadline();
        sectorInputOpens = c.sectorInputOpens();
        sectorInputDeadline = c.sectorInputDeadline();
        kompetanseforumMeeting = c.kompetanseforumMeeting();
        consultationMeeting = c.consultationMeeting();
        approvalDeadline = c.approvalDeadline();
        publicationDate = c.publicationDate();
        evaluationDeadline = c.evaluationDeadline();
        updatedAt = now;
    }

    void advance(CycleStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    public YearCalendar calendar() {
        return new YearCalendar(year, mappingOpens, mappingDeadline, talksOpen, talksDeadline, sectorInputOpens,
                sectorInputDeadline, kompetanseforumMeeting, consultationMeeting, approvalDeadline, publicationDate,
                evaluationDeadline);
    }

    /** {@link YearCalendar#processDates()} of this cycle's calendar. */
    Map<String, Date> processDates() {
        if (processDates == null) {
            processDates = calendar().processDates();
        }
        return processDates;
    }

    public int getYear() {
        return year;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getStartedBy() {
        return startedBy;
    }
}
