package no.arshjul;

import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Employee;
import no.arshjul.support.Engine;
import no.arshjul.cycle.CycleService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.PostgresTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The application on a real PostgreSQL: Flyway's schema, Camunda's schema, demo data and a process. */
class PostgresApplicationTest extends PostgresTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmployeeRepository employees;
    @Autowired
    OrganisationService organisation;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CycleService cycles;

    @Test
    void runsOnPostgresqlWithBothSchemas() {
        assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
        assertThat(jdbc.queryForObject("select count(*) from arshjul_schema_history where success", Integer.class))
                .isPositive();
        assertThat(jdbc.queryForObject("select count(*) from information_schema.tables where table_name = 'act_ru_task'",
                Integer.class)).isEqualTo(1);
        assertThat(employees.count()).isGreaterThan(100);
        assertThat(organisation.leaderChainOf("kari")).extracting(Employee::getUserId)
                .containsExactly("lars", "siri", "rita");
    }

    @Test
    void annualCycleStartsOnPostgresql() {
        ProcessInstance cycle = Engine.as(identityService, "hege", List.of("hr", "employee"), () -> runtimeService
                .createProcessInstanceQuery().processInstanceId(cycles.start(YearCalendar.defaultsFor(2030), "hege")
                        .getProcessInstanceId()).singleResult());

        assertThat(taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("set-calendar");
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("annual-cycle").count())
                .isEqualTo(1);
        runtimeService.deleteProcessInstance(cycle.getId(), "test done");
    }
}
