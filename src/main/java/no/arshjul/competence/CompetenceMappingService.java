package no.arshjul.competence;

import no.arshjul.organisation.OrganisationService;
import java.util.List;
import java.util.Collection;
import no.arshjul.engine.ProcessContract;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.UnknownEmployeeException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;

/** Starts each employee's competence mapping for a year: one record and one process instance. */
@Service
public class CompetenceMappingService {

    public static final String PROCESS_KEY = "competence-mapping";

    private final OrganisationService organisation;
    private final CompetenceMappingRepository mappings;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public CompetenceMappingService(OrganisationService organisation, CompetenceMappingRepository mappings,
                                    RuntimeService runtimeService, Clock clock) {
        this.organisation = organisation;
        this.mappings = mappings;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Idempotent: a mapping that has been started already is returned as it is. */
    @Transactional
    public CompetenceMapping start(String employeeUserId, MappingDeadlines deadlines) {
        Employee employee = organisation.findByUserId(employeeUserId)
                .orElseThrow(() -> new UnknownEmployeeException(employeeUserId));
        CompetenceMapping mapping = mappings.findByEmployeeAndYear(employee, deadlines.year())
                .orElseGet(() -> mappings.save(new CompetenceMapping(employee, deadlines.year(), Instant.now(clock))));
        if (mapping.getProcessInstanceId() != null) {
            return mapping;
        }
        String businessKey = deadlines.year() + ":" + employee.getEmployeeNumber();
        var variables = ProcessContract.variablesOf(CompetenceMappingStart.of(deadlines, employee));
        mapping.started(runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId(),
                Instant.now(clock));
        return mapping;
    }

    /** What the competence mapping's model may read: the start variables; no step of Årshjul's sets more. */
    @Bean
    static ProcessContract competenceMappingContract() {
        return new ProcessContract(PROCESS_KEY, ProcessContract.namesOf(CompetenceMappingStart.class), Set.of());
    }

    @Transactional(readOnly = true)
    public List<CompetenceMapping> mappingsOf(Collection<Employee> employees, int year) {
        return mappings.findByEmployeeInAndYear(employees, year);
    }
}
