package no.arshjul.appraisal;

import no.arshjul.organisation.OrganisationService;
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

/** Starts each employee's appraisal talk for a year: one talk record and one process instance. */
@Service
public class AppraisalService {

    public static final String PROCESS_KEY = "appraisal-talk";

    private final OrganisationService organisation;
    private final AppraisalTalkRepository talks;
    private final RuntimeService runtimeService;
    private final Clock clock;

    public AppraisalService(OrganisationService organisation, AppraisalTalkRepository talks, RuntimeService runtimeService,
                            Clock clock) {
        this.organisation = organisation;
        this.talks = talks;
        this.runtimeService = runtimeService;
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
        String businessKey = deadlines.year() + ":" + employee.getEmployeeNumber();
        String instanceId = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                ProcessContract.variablesOf(AppraisalTalkStart.of(deadlines, employee))).getId();
        talk.started(instanceId, Instant.now(clock));
        return talk;
    }

    /** What the appraisal talk's model may read: the start variables, the minutes' measures and their due dates. */
    @Bean
    static ProcessContract appraisalTalkContract() {
        return new ProcessContract(PROCESS_KEY, ProcessContract.namesOf(AppraisalTalkStart.class),
                Set.of(AppraisalSubmissions.MEASURE_IDS, MeasureFollowUpScheduler.MEASURE_DUE_AT));
    }
}
