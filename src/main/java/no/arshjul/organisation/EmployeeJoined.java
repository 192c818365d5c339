package no.arshjul.organisation;

/** Published when an import adds a new active employee, so the year's processes can reach them too. */
public record EmployeeJoined(String userId) {
}
