package no.arshjul.engine;

import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/**
 * What Årshjul's code gives a process it starts: the variables passed in at the start and those its
 * own steps set later. Declared as a bean next to the code that starts the process, so the model
 * check knows what an HR model may read without a hand-kept list.
 *
 * @param processKey    the process definition key
 * @param passedAtStart the variables the code passes in when it starts an instance
 * @param setBySteps    the variables Årshjul's own steps (delegates, listeners, handlers) set on the way
 */
public record ProcessContract(String processKey, Set<String> passedAtStart, Set<String> setBySteps) {

    public ProcessContract {
        passedAtStart = Set.copyOf(passedAtStart);
        setBySteps = Set.copyOf(setBySteps);
    }

    /** The variable names of a start record: one variable per record component. */
    public static Set<String> namesOf(Class<? extends Record> start) {
        return Arrays.stream(start.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * The variables of a start record, less what the instance holds already: its {@code year} and its
     * {@code employeeUserId} when the business key names them ({@code year:employeeNumber}), and the
     * dates that year's calendar holds. The model reads those by the same names ({@link ProcessYear},
     * {@link ProcessEmployee}, {@link YearCalendarDates}).
     */
    public static Map<String, Object> variablesOf(Record start, String businessKey, YearCalendarDates calendar,
                                                  ProcessEmployee employees) {
        Map<String, Object> variables = variablesOf(start);
        Object year = variables.get(ProcessYear.VARIABLE);
        Map<String, Date> calendarDates = calendar.dates(year);
        variables.entrySet().removeIf(variable -> variable.getValue() instanceof Date date
                && date.equals(calendarDates.get(variable.getKey())));
        if (year != null && year.equals(ProcessYear.of(null, businessKey))) {
            variables.remove(ProcessYear.VARIABLE);
        }
        Object employee = variables.get(ProcessEmployee.VARIABLE);
        if (employee != null && employee.equals(employees.userIdOf(businessKey))) {
            variables.remove(ProcessEmployee.VARIABLE);
        }
        return variables;
    }

    /** The variables of a start record, by component name, in declaration order. */
    public static Map<String, Object> variablesOf(Record start) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (RecordComponent component : start.getClass().getRecordComponents()) {
            try {
                Method accessor = component.getAccessor();
                // start records are package-private to their feature; their components are still public data
                accessor.setAccessible(true);
                variables.put(component.getName(), accessor.invoke(start));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read " + component.getName() + " of " + start, e);
            }
        }
        return variables;
    }
}
