package no.arshjul.competence;

/** Where a holding came from: the employee's own mapping, the leader, a completed measure, or an import. */
public enum HoldingSource {
    SELF_REGISTERED,
    LEADER,
    MEASURE,
    IMPORT
}
