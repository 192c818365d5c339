package no.arshjul.organisation;

/** Published after an import has given a unit a new leader, so that open leader tasks can follow. */
public record UnitLeaderChanged(String unitCode, String previousLeaderUserId, String newLeaderUserId) {
}
