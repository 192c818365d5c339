package no.arshjul.appraisal;

import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.organisation.Leaders;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Both processes start for every demo employee, and every leader task can find its leader. */
@ArshjulTest
class EveryDemoEmployeeTest {

    @Autowired
    EmployeeRepository employees;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    TaskService taskService;
    @Autowired
    Leaders leaders;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void everyEmployeeGetsAMappingAndATalkWithTheirOwnFirstTask() {
        clockAt(LocalDateTime.of(2401, 1, 20, 9, 0));
        List<Employee> everyone = employees.findByActiveTrue().stream()
                .filter(e -> !e.getUserId().equals("rita")).toList();

        for (Employee e : everyone) {
            assertThat(leaders.of(e.getUserId())).as(e.getUserId()).isNotBlank();
            String mapping = mappings.start(e.getUserId(), YearCalendar.defaultsFor(2401).mappingDeadlines()).getProcessInstanceId();
            String talk = appraisals.start(e.getUserId(), YearCalendar.defaultsFor(2401).talkDeadlines()).getProcessInstanceId();
            assertThat(taskService.createTaskQuery().processInstanceId(mapping).singleResult().getAssignee())
                    .isEqualTo(e.getUserId());
            assertThat(taskService.createTaskQuery().processInstanceId(talk).singleResult().getAssignee())
                    .isEqualTo(e.getUserId());
        }
        assertThat(everyone).hasSizeGreaterThan(130);
    }

    @Test
    void theRadmannHasNoLeaderInTheOrganisationAndSaysSoClearly() {
        assertThatThrownBy(() -> leaders.of("rita")).hasMessageContaining("Fant ingen leder for «rita»");
    }
}
