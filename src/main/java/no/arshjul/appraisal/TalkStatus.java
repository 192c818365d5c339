package no.arshjul.appraisal;

/** How far a talk has come; the leader overview shows it. */
public enum TalkStatus {
    NOT_STARTED, EMPLOYEE_PREPARED, LEADER_PREPARED, SCHEDULED, MINUTES_RECORDED, AGREED, DISAGREED
}
