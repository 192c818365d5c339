package no.arshjul.organisation;

import java.util.List;

/**
 * What an accepted units file did: units added, renamed, moved (new parent), given another level,
 * closed (missing from the file) and reopened (back in it), and the people whose closest leader
 * changed with it (their open leader tasks moved along).
 */
public record UnitImportReport(
        int rows,
        List<String> added,
        List<Renamed> renamed,
        List<Moved> moved,
        List<String> levelChanged,
        List<String> closed,
        List<String> reopened,
        int unchanged,
        List<NewLeader> newLeaders) {

    public record Renamed(String code, String previousName, String name) {
    }

    public record Moved(String code, String previousParent, String parent) {
    }

    public record NewLeader(String userId, String previousLeader, String leader) {
    }
}
