package no.arshjul.appraisal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The minutes (referat) of a talk, with the employee's acknowledgement or disagreement beside them. */
@Entity
@Table(name = "talk_minutes")
public class TalkMinutes {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "talk_id")
    private AppraisalTalk talk;
    @Column(name = "talk_date", nullable = false)
    private LocalDate talkDate;
    @Column(name = "talk_held", nullable = false)
    private String talkHeld;
    @Column(nullable = false, length = 1000)
    private String topics;
    @Column(nullable = false, length = 4000)
    private String summary;
    @Column(name = "discussions_without_measure", length = 4000)
    private String discussionsWithoutMeasure;
    @Column(name = "agreed_work_goals", length = 4000)
    private String agreedWorkGoals;
    @Column(name = "leader_user_id", nullable = false)
    private String leaderUserId;
    @Column(name = "leader_signed_at", nullable = false)
    private Instant leaderSignedAt;
    @Column(name = "employee_ack")
    private String employeeAck;
    @Column(name = "employee_comment", length = 4000)
    private String employeeComment;
    @Column(name = "employee_signed_at")
    private Instant employeeSignedAt;

    protected TalkMinutes() {
    }

    TalkMinutes(AppraisalTalk talk) {
        this.talk = talk;
    }

    void record(LocalDate talkDate, String talkHeld, String topics, String summary, String discussionsWithoutMeasure,
                String agreedWorkGoals, String leaderUserId, Instant at) {
        this.talkDate = talkDate;
        this.talkHeld = talkHeld;
        this.topics = topics;
        this.summary = summary;
        this.discussionsWithoutMeasure = discussionsWithoutMeasure;
        this.agreedWorkGoals = agreedWorkGoals;
        this.leaderUserId = leaderUserId;
        this.leaderSignedAt = at;
    }

    void acknowledge(String ack, String comment, Instant at) {
        this.employeeAck = ack;
        this.employeeComment = comment;
        this.employeeSignedAt = at;
    }

    public Long getId() {
        return id;
    }

    public AppraisalTalk getTalk() {
        return talk;
    }

    public LocalDate getTalkDate() {
        return talkDate;
    }

    public String getTalkHeld() {
        return talkHeld;
    }

    public String getTopics() {
        return topics;
    }

    public String getSummary() {
        return summary;
    }

    public String getDiscussionsWithoutMeasure() {
        return discussionsWithoutMeasure;
    }

    public String getAgreedWorkGoals() {
        return agreedWorkGoals;
    }

    public String getLeaderUserId() {
        return leaderUserId;
    }

    public Instant getLeaderSignedAt() {
        return leaderSignedAt;
    }

    public String getEmployeeAck() {
        return employeeAck;
    }

    public String getEmployeeComment() {
        return employeeComment;
    }

    public Instant getEmployeeSignedAt() {
        return employeeSignedAt;
    }
}
