package no.arshjul.competence;

import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.organisation.UnknownEmployeeException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Starts each employee's competence mapping for a year: one record and one process instance. */
@Service
public class CompetenceMappingService {

    public static final String PROCESS_KEY = "competence-mapping";

    private final EmployeeRepository employees;
    private final CompetenceMappingRepository mappings;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public CompetenceMappingService(EmployeeRepository employees, CompetenceMappingRepository mappings,
                                    RuntimeService runtimeService, Clock clock) {
        this.employees = employees;
        this.mappings = mappings;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Idempotent: a mapping that has been started already is returned as it is. */
    @Transactional
    public CompetenceMapping start(String employeeUserId, YearCalendar calendar) {
        Employee employee = employees.findByUserId(employeeUserId)
                .orElseThrow(() -> new UnknownEmployeeException(employeeUserId));
        CompetenceMapping mapping = mappings.findByEmployeeAndYear(employee, calendar.year())
                .orElseGet(() -> mappings.save(new CompetenceMapping(employee, calendar.year(), Instant.now(clock))));
        if (mapping.getProcessInstanceId() != null) {
            return mapping;
        }
        Map<String, Object> variables = new LinkedHashMap<>(calendar.mappingVariables());
        variables.put("employeeNumber", employee.getEmployeeNumber());
        variables.put("employeeUserId", employee.getUserId());
        String businessKey = calendar.year() + ":" + employee.getEmployeeNumber();
        mapping.started(runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId(),
                Instant.now(clock));
        return mapping;
    }
}
