package no.arshjul.competence;

import java.util.List;

/**
 * What a mapping would change in the profile, in words for the leader who confirms it: the new
 * entries, the changed ones (each change with before and after) and the ones the employee ended.
 * Whatever the employee did not touch is in none of the lists and stays as it is.
 */
public record ProfileChanges(List<Change> added, List<Change> changed, List<Change> ended) {

    public ProfileChanges {
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        ended = List.copyOf(ended);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && ended.isEmpty();
    }

    /**
     * One entry: its title, what kind of entry it is (in words), and its fields: for a new entry what
     * was registered ({@code before} empty), for a changed one what changed.
     */
    public record Change(Long holdingId, String title, String kind, List<FieldChange> fields) {
        public Change {
            fields = List.copyOf(fields);
        }
    }

    /** A field by its label, with its value before and after, as people read them (empty when none). */
    public record FieldChange(String field, String before, String after) {
    }
}
