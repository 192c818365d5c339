package no.arshjul.appraisal;

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

/** Starts each employee's appraisal talk for a year: one talk record and one process instance. */
@Service
public class AppraisalService {

    public static final String PROCESS_KEY = "appraisal-talk";

    private final EmployeeRepository employees;
    private final AppraisalTalkRepository talks;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public AppraisalService(EmployeeRepository employees, AppraisalTalkRepository talks, RuntimeService runtimeService,
                            Clock clock) {
        this.employees = employees;
        this.talks = talks;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    /** Idempotent: a talk that has been started already is returned as it is. */
    @Transactional
    public AppraisalTalk start(String employeeUserId, YearCalendar calendar) {
        Employee employee = employees.findByUserId(employeeUserId)
                .orElseThrow(() -> new UnknownEmployeeException(employeeUserId));
        AppraisalTalk talk = talks.findByEmployeeAndYear(employee, calendar.year())
                .orElseGet(() -> talks.save(new AppraisalTalk(employee, calendar.year(), Instant.now(clock))));
        if (talk.getProcessInstanceId() != null) {
            return talk;
        }
        Map<String, Object> variables = new LinkedHashMap<>(calendar.appraisalVariables());
        variables.put("employeeNumber", employee.getEmployeeNumber());
        variables.put("employeeUserId", employee.getUserId());
        String businessKey = calendar.year() + ":" + employee.getEmployeeNumber();
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey, variables).getId();
        talk.started(instanceId, Instant.now(clock));
        return talk;
    }
}
