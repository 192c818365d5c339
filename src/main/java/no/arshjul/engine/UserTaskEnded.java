package no.arshjul.engine;

/** A user task was completed or deleted, in the engine's transaction. */
public record UserTaskEnded(String taskId) {
}
