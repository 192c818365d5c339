package no.arshjul.tasks;

public class TaskGoneException extends RuntimeException {

    public TaskGoneException(String taskId) {
        super("Oppgaven finnes ikke lenger. Den kan være fullført av noen andre, eller du har ikke tilgang til den.");
    }
}
