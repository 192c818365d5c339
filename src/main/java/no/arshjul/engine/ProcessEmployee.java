package no.arshjul.engine;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

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
        return number == null ? null : OrganisationService.rememberedByEmployeeNumber(number)
                .or(() -> organisation.findByEmployeeNumber(number)).map(Employee::getUserId).orElse(null);
    }

    /**
     * {@link #userIdOf(String)} for many instances in one query: their people by instance id, from
     * their business keys by instance id; an instance whose key names nobody is left out.
     */
    public Map<String, String> userIdsOf(Map<String, String> businessKeysByInstance) {
        Map<String, String> numbers = new HashMap<>();
        businessKeysByInstance.forEach((instance, key) -> {
            String number = employeeNumberOf(key);
            if (number != null) {
                numbers.put(instance, number);
            }
        });
        Map<String, String> userIds = organisation.userIdsByEmployeeNumber(numbers.values());
        Map<String, String> byInstance = new HashMap<>();
        numbers.forEach((instance, number) -> {
            if (userIds.containsKey(number)) {
                byInstance.put(instance, userIds.get(number));
            }
        });
        return byInstance;
    }

    /** The business key of a person's mapping or talk in a year ({@code 2027:10004}), as {@link #employeeNumberOf} reads it. */
    public static String businessKeyOf(int year, String employeeNumber) {
        return year + ":" + employeeNumber;
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
