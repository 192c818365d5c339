package no.arshjul.organisation;

import java.time.Instant;

/**
 * A change of the organisation made while Årshjul runs: a unit added, renamed, moved, closed or
 * reopened, a role given or taken. Published in the transaction that stores the change (and its row
 * in {@code organisation_change}). {@code change} is the kind, e.g. {@code unit-moved} or
 * {@code role-removed:hr}; {@code subjectUserId} is the person a role change concerns, {@code unitCode}
 * the unit a unit change concerns (the other one is null).
 */
public record OrganisationChanged(String actor, String subjectUserId, String unitCode, String change, Instant at) {
}
