package no.arshjul.cycle;

import java.time.LocalDate;

/**
 * Where one step stands for one employee. {@code detail} is a message key ({@code progress.detail.*})
 * saying why, with {@code count} for the keys that take a number; {@code due} is the date a late
 * step was due.
 */
public record StepState(StepStatus status, String detail, Integer count, LocalDate due) {

    static StepState of(StepStatus status, String detail) {
        return new StepState(status, detail, null, null);
    }

    static StepState counted(StepStatus status, String detail, int count) {
        return new StepState(status, detail, count, null);
    }

    StepState late(LocalDate dueDate) {
        return new StepState(StepStatus.OVERDUE, detail, count, dueDate);
    }
}
