package no.arshjul.competence;

import no.arshjul.TransactionMemo;
import no.arshjul.organisation.OrganisationService;
import java.util.List;
import java.util.Collection;
import no.arshjul.engine.ProcessContract;
import no.arshjul.engine.ProcessEmployee;
import no.arshjul.engine.YearCalendarDates;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.UnknownEmployeeException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Starts each employee's competence mapping for a year: one record and one process instance. */
@Service
public class CompetenceMappingService {

    public static final String PROCESS_KEY = "competence-mapping";
    /** Business keys of the mappings being started in this transaction: nothing has been submitted in them. */
    static final String NEW_INSTANCES = "competence-mappings-starting";

    private final OrganisationService organisation;
    private final CompetenceMappingRepository mappings;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final CompetenceMappingMerge merge;
    private final YearCalendarDates calendar;
    private final ProcessEmployee processEmployee;
    private final Clock clock;

    public CompetenceMappingService(OrganisationService organisation, CompetenceMappingRepository mappings,
                                    RuntimeService runtimeService, RepositoryService repositoryService,
                                    CompetenceMappingMerge merge, YearCalendarDates calendar, ProcessEmployee processEmployee, Clock clock) {
        this.organisation = organisation;
        this.calendar = calendar;
        this.processEmployee = processEmployee;
        this.merge = merge;
        this.mappings = mappings;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
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
        String businessKey = ProcessEmployee.businessKeyOf(deadlines.year(), employee.getEmployeeNumber());
        var variables = ProcessContract.variablesOf(CompetenceMappingStart.of(deadlines, employee), businessKey, calendar, processEmployee);
        mapping.started(runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId(),
                Instant.now(clock));
        return mapping;
    }

    /**
     * Starts the mappings of many employees at once (a launch batch), idempotent like one start: the
     * existing records are read in one query and the process definition is looked up once, so
     * nothing is queried per employee; each new record is written once, with its instance.
     */
    @Transactional
    public void startAll(Collection<Employee> employees, MappingDeadlines deadlines) {
        if (employees.isEmpty()) {
            return;
        }
        Map<Long, CompetenceMapping> existing = new HashMap<>();
        for (CompetenceMapping mapping : mappings.findByEmployeeInAndYear(employees, deadlines.year())) {
            existing.put(mapping.getEmployee().getId(), mapping);
        }
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult().getId();
        merge.readProfilesAtStart(employees);
        for (Employee employee : employees) {
            CompetenceMapping mapping = existing.get(employee.getId());
            if (mapping != null && mapping.getProcessInstanceId() != null) {
                continue;
            }
            Instant now = Instant.now(clock);
            if (mapping == null) {
                mapping = new CompetenceMapping(employee, deadlines.year(), now);
            }
            String businessKey = ProcessEmployee.businessKeyOf(deadlines.year(), employee.getEmployeeNumber());
            TransactionMemo.putAll(NEW_INSTANCES, Map.of(businessKey, Boolean.TRUE));
            mapping.started(runtimeService.startProcessInstanceById(definitionId, businessKey,
                    ProcessContract.variablesOf(CompetenceMappingStart.of(deadlines, employee), businessKey, calendar, processEmployee)).getId(), now);
            mappings.save(mapping);
        }
    }

    /** What the competence mapping's model may read: the start variables, and the confirmation's due date set at registration. */
    @Bean
    static ProcessContract competenceMappingContract() {
        return new ProcessContract(PROCESS_KEY, ProcessContract.namesOf(CompetenceMappingStart.class),
                Set.of(MappingSubmissions.CONFIRMATION_DEADLINE));
    }

    @Transactional(readOnly = true)
    public List<CompetenceMapping> mappingsOf(Collection<Employee> employees, int year) {
        return mappings.findByEmployeeInAndYear(employees, year);
    }
}
