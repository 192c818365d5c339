package no.arshjul.engine;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whose mapping or talk a process instance is, as models ({@code ${employeeUserId}}), tasks, titles
 * and notices name them: the {@code employeeUserId} variable, or else the person whose employee
 * number the business key holds ({@code 2027:10004}). The mapping and the talk carry their person
 * only in the business key ({@link ProcessContract#variablesOf(Record, String, YearCalendarDates, ProcessEmployee)}),
 * so the engine's tables hold no copy of their user id.
 */
@Component
public class ProcessEmployee {

    public static final String VARIABLE = "employeeUserId";

    private final OrganisationService organisation;

    public ProcessEmployee(OrganisationService organisation) {
        this.organisation = organisation;
    }

    /** The person of the instance an execution or a task belongs to; null when neither names one. */
    public String userIdOf(VariableScope scope) {
        Object variable = scope.getVariable(VARIABLE);
        return variable != null ? variable.toString() : userIdOf(ProcessYear.businessKeyOf(scope));
    }

    /** The user id of the person a business key names ({@code year:employeeNumber}); null for any other key. */
    public String userIdOf(String businessKey) {
        String number = employeeNumberOf(businessKey);
        return number == null ? null : organisation.findByEmployeeNumber(number).map(Employee::getUserId).orElse(null);
    }

    /** {@link #userIdOf(String)} for many business keys in one query: by business key, leaving out keys that name nobody. */
    public Map<String, String> userIdsOf(Collection<String> businessKeys) {
        Map<String, String> numbers = new HashMap<>();
        businessKeys.stream().filter(Objects::nonNull).forEach(key -> {
            String number = employeeNumberOf(key);
            if (number != null) {
                numbers.put(key, number);
            }
        });
        Map<String, String> userIds = organisation.userIdsByEmployeeNumber(numbers.values());
        Map<String, String> byKey = new HashMap<>();
        numbers.forEach((key, number) -> {
            if (userIds.containsKey(number)) {
                byKey.put(key, userIds.get(number));
            }
        });
        return byKey;
    }

    /** The employee number of a personal case's business key, after its year; null for a key of another kind. */
    static String employeeNumberOf(String businessKey) {
        if (businessKey == null) {
            return null;
        }
        String[] parts = businessKey.split(":", -1);
        return parts.length == 2 && ProcessYear.of(null, parts[0]) != null && !parts[1].isBlank() ? parts[1] : null;
    }
}
