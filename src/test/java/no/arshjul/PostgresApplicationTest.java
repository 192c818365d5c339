package no.arshjul;

import no.arshjul.organisation.EmployeeRepository;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Employee;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
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
    void annualCycleRunsOnPostgresql() {
        assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("annual-cycle").count())
                .isEqualTo(1);
        List<String> hr = List.of("hr", "employee");
        ProcessInstance cycle = Engine.as(identityService, "hege", hr,
                () -> runtimeService.startProcessInstanceByKey("annual-cycle", "2030"));
        String taskId = taskService.createTaskQuery().processInstanceId(cycle.getId()).singleResult().getId();

        Engine.as(identityService, "hege", hr,
                () -> taskService.complete(taskId, ValidSubmission.of("annual-cycle-calendar", "year", 2030)));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(cycle.getId()).count()).isZero();
    }
}
