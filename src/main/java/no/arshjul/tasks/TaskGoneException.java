package no.arshjul.tasks;

import org.springframework.context.MessageSourceResolvable;

public class TaskGoneException extends RuntimeException implements MessageSourceResolvable {

    public TaskGoneException(String taskId) {
        super("Task " + taskId + " is gone or not visible to the caller");
    }

    /** What the person is told, from the message files. */
    @Override
    public String[] getCodes() {
        return new String[]{"problem.taskGone"};
    }
}
