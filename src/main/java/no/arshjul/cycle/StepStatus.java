package no.arshjul.cycle;

public enum StepStatus {
    NOT_STARTED, IN_PROGRESS, DONE, OVERDUE
}
