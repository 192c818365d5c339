package no.arshjul;

import java.util.List;
import java.util.Map;

/**
 * One feature's records about people, for retention and innsyn (issue 11, item 5). Each feature
 * that keeps personal data implements this over its own tables, so the privacy feature deletes
 * and exports through the features' own code and needs none of their tables. Implementations are
 * ordered ({@code @Order}): records that refer to an employee come before the employee row itself.
 */
public interface PersonalRecords {

    /** The name of this part of the export, e.g. {@code appraisal}. */
    String name();

    /**
     * Deletes the records that belong to a year before {@code year} (a talk, a mapping, drafts,
     * notifications), of everyone. Returns how many rows went.
     */
    int deleteYearsBefore(int year);

    /** Deletes everything this feature holds about one person, and nothing about anyone else. */
    int deletePerson(String userId);

    /** Everything this feature holds about one person, by kind of record, for innsyn. */
    Map<String, List<Map<String, Object>>> export(String userId);
}
