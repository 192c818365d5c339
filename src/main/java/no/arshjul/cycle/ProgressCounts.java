package no.arshjul.cycle;

/**
 * How many of a group's active employees have come how far in a year: the counts HR's dashboard
 * shows, the same as counting {@link EmployeeProgress} person by person would give.
 */
public record ProgressCounts(int employees, int mapped, int talksHeld, int plansMade, int overdue) {

    public static final ProgressCounts NONE = new ProgressCounts(0, 0, 0, 0, 0);

    public ProgressCounts plus(ProgressCounts other) {
        return new ProgressCounts(employees + other.employees, mapped + other.mapped, talksHeld + other.talksHeld,
                plansMade + other.plansMade, overdue + other.overdue);
    }
}
