package no.arshjul.cycle;

import java.util.Set;

/**
 * The steps of one employee's year that leaders and HR follow (the columns of the leader's overview), in order, with
 * the tasks in the models that belong to each: an open one past its due date makes the step late.
 */
public enum Step {
    MAPPING(Set.of("register-competence", "confirm-competence")),
    PREPARATION(Set.of("prepare-employee", "prepare-leader")),
    TALK_HELD(Set.of("schedule-talk", "record-minutes")),
    MINUTES_APPROVED(Set.of("review-minutes")),
    DEVELOPMENT_PLAN(Set.of("record-minutes")),
    MEASURES_FOLLOWED_UP(Set.of("follow-up-measure"));

    private final Set<String> taskKeys;

    Step(Set<String> taskKeys) {
        this.taskKeys = taskKeys;
    }

    public Set<String> taskKeys() {
        return taskKeys;
    }
}
