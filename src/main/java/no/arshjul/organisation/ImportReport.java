package no.arshjul.organisation;

import java.util.List;

/**
 * What an accepted import did. {@code missingFromFile} lists active employees the file did not
 * mention: they stay active unless the import was asked to deactivate them.
 */
public record ImportReport(
        int rows,
        List<String> inserted,
        List<String> updated,
        int unchanged,
        List<MissingEmployee> missingFromFile,
        boolean missingDeactivated,
        List<LeaderChange> leaderChanges) {

    public record MissingEmployee(String employeeNumber, String userId, String name, String unit) {
    }

    public record LeaderChange(String unitCode, String unitName, String previousLeader, String newLeader) {
    }
}
