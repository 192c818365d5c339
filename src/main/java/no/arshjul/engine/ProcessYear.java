package no.arshjul.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.regex.Pattern;

/**
 * The year a process instance belongs to, as tasks, titles, events and expressions name it: its
 * {@code year} variable, or else the year its business key starts with. The mapping and the talk
 * carry their year only in the business key ({@link ProcessContract#variablesOf(Record, String, YearCalendarDates, ProcessEmployee)}).
 */
public final class ProcessYear {

    public static final String VARIABLE = "year";
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private ProcessYear() {
    }

    /** The year variable, or the year the business key starts with ({@code 2026:10004}, {@code 2026}). */
    public static Integer of(Object variable, String businessKey) {
        if (variable instanceof Number number) {
            return number.intValue();
        }
        String text = variable != null ? variable.toString() : businessKey == null ? "" : businessKey.split(":")[0];
        return YEAR.matcher(text).matches() ? Integer.valueOf(text) : null;
    }

    /** The year of the instance an execution or a task belongs to; null when neither names one. */
    public static Integer of(VariableScope scope) {
        Object variable = scope.getVariable(VARIABLE);
        return of(variable, variable == null ? businessKeyOf(scope) : null);
    }

    static String businessKeyOf(VariableScope scope) {
        if (scope instanceof DelegateExecution execution) {
            return execution.getProcessBusinessKey();
        }
        if (scope instanceof DelegateTask task && task.getExecution() != null) {
            return task.getExecution().getProcessBusinessKey();
        }
        return null;
    }
}
