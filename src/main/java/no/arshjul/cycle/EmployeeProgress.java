package no.arshjul.cycle;

import no.arshjul.organisation.Employee;

import java.util.Map;
import java.util.Set;

/**
 * One employee's year, step by step; {@code waitingFor} are the people who hold the open tasks of the
 * employee's mapping and talk (the employee, their leader, or both).
 */
public record EmployeeProgress(Employee employee, Map<Step, StepState> steps, Set<String> waitingFor) {

    public StepStatus status(Step step) {
        return steps.get(step).status();
    }

    public boolean done(Step step) {
        return status(step) == StepStatus.DONE;
    }

    /** The talk has not been held yet: what a leader still has to do. */
    public boolean talkOutstanding() {
        return !done(Step.TALK_HELD);
    }

    public boolean anyOverdue() {
        return steps.values().stream().anyMatch(s -> s.status() == StepStatus.OVERDUE);
    }
}
