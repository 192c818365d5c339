package no.arshjul.competence;

/** Where an employee's competence mapping stands this year; the leader overview shows it. */
public enum MappingStatus {
    REGISTERING, AWAITING_CONFIRMATION, RETURNED, CONFIRMED
}
