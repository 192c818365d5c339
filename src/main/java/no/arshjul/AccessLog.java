package no.arshjul;

import java.time.Instant;
import java.util.List;

/**
 * The record of who has seen whose personal data (personopplysningsloven / GDPR art. 5 and 15).
 * Features that show one person's appraisal, competence profile or export to someone else call
 * {@link #recordRead} inside the transaction that reads the data, so the read and its record are
 * committed together or not at all. The interface lives in the root package so that the features
 * that read can use it without depending on the {@code privacy} feature, which implements it and
 * itself reads those features for innsyn.
 */
public interface AccessLog {

    /** What was seen; each has a name in the message files ({@code privacy.what.<name>}). */
    enum What {
        APPRAISAL, COMPETENCE_PROFILE, LEADER_EXPORT, ROLE_CHANGE, UNIT_CHANGE, INNSYN_EXPORT
    }

    /**
     * Records that {@code actorUserId} has read {@code subjectUserId}'s data; nothing when they are
     * the same person. Must be called inside the transaction of the read (it refuses to run without
     * one), with the request's path taken from the current request where there is one.
     */
    void recordRead(String actorUserId, String subjectUserId, What what);

    /** Everything recorded about reads of one person's data by others, newest first. */
    List<Entry> readsOf(String subjectUserId);

    record Entry(Instant occurredAt, String actorUserId, String actorName, String subjectUserId, What what,
                 String path, String detail) {
    }
}
