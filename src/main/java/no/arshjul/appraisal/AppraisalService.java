package no.arshjul.appraisal;

import no.arshjul.organisation.OrganisationService;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Starts each employee's appraisal talk for a year: one talk record and one process instance. */
@Service
public class AppraisalService {

    public static final String PROCESS_KEY = "appraisal-talk";

    private final OrganisationService organisation;
    private final AppraisalTalkRepository talks;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final YearCalendarDates calendar;
    private final ProcessEmployee processEmployee;
    private final Clock clock;

    public AppraisalService(OrganisationService organisation, AppraisalTalkRepository talks, RuntimeService runtimeService,
                            RepositoryService repositoryService, YearCalendarDates calendar, ProcessEmployee processEmployee, Clock clock) {
        this.organisation = organisation;
        this.calendar = calendar;
        this.processEmployee = processEmployee;
        this.talks = talks;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.clock = clock;
    }

    /** Idempotent: a talk that has been started already is returned as it is. */
    @Transactional
    public AppraisalTalk start(String employeeUserId, TalkDeadlines deadlines) {
        Employee employee = organisation.findByUserId(employeeUserId)
                .orElseThrow(() -> new UnknownEmployeeException(employeeUserId));
        AppraisalTalk talk = talks.findByEmployeeAndYear(employee, deadlines.year())
                .orElseGet(() -> talks.save(new AppraisalTalk(employee, deadlines.year(), Instant.now(clock))));
        if (talk.getProcessInstanceId() != null) {
            return talk;
        }
        String businessKey = ProcessEmployee.businessKeyOf(deadlines.year(), employee.getEmployeeNumber());
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                ProcessContract.variablesOf(AppraisalTalkStart.of(deadlines, employee), businessKey, calendar, processEmployee)).getId();
        talk.started(instanceId, Instant.now(clock));
        return talk;
    }

    /**
     * Starts the talks of many employees at once (a launch batch), idempotent like one start: the
     * existing records are read in one query and the process definition is looked up once, so
     * nothing is queried per employee; each new record is written once, with its instance.
     */
    @Transactional
    public void startAll(Collection<Employee> employees, TalkDeadlines deadlines) {
        if (employees.isEmpty()) {
            return;
        }
        Map<Long, AppraisalTalk> existing = new HashMap<>();
        for (AppraisalTalk talk : talks.findByEmployeeInAndYear(employees, deadlines.year())) {
            existing.put(talk.getEmployee().getId(), talk);
        }
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult().getId();
        for (Employee employee : employees) {
            AppraisalTalk talk = existing.get(employee.getId());
            if (talk != null && talk.getProcessInstanceId() != null) {
                continue;
            }
            Instant now = Instant.now(clock);
            if (talk == null) {
                talk = new AppraisalTalk(employee, deadlines.year(), now);
            }
            String businessKey = ProcessEmployee.businessKeyOf(deadlines.year(), employee.getEmployeeNumber());
            talk.started(runtimeService.startProcessInstanceById(definitionId, businessKey,
                    ProcessContract.variablesOf(AppraisalTalkStart.of(deadlines, employee), businessKey, calendar, processEmployee)).getId(), now);
            talks.save(talk);
        }
    }

    /** What the appraisal talk's model may read: the start variables, the minutes' measures and their due dates. */
    @Bean
    static ProcessContract appraisalTalkContract() {
        return new ProcessContract(PROCESS_KEY, ProcessContract.namesOf(AppraisalTalkStart.class),
                Set.of(AppraisalSubmissions.MEASURE_IDS, MeasureFollowUpScheduler.MEASURE_DUE_AT));
    }
}
