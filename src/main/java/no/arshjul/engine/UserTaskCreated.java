package no.arshjul.engine;

import java.time.Instant;
import java.util.List;

/**
 * A user task was created, in the engine's transaction. Published for every user task of every
 * model by {@link UserTaskEventsPlugin}; the assignee, or else the candidate groups, should hear of it.
 */
public record UserTaskCreated(String taskId, String taskDefinitionKey, String name, String assignee,
                              List<String> candidateGroups, String processInstanceId, Instant due,
                              String employeeUserId, Object year) {
}
