package no.arshjul.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.StatementCounter;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The inbox costs the same number of SQL statements whether it holds 5 tasks or 50: the tasks'
 * variables, business keys and the names in their titles are read in bulk, never per task.
 */
@ArshjulTest
@AutoConfigureMockMvc
@Import(StatementCounter.Configuration.class)
class InboxQueryCountTest {

    private static final int YEAR = 2063;
    private static final String VIEWER = "sindre";

    @Autowired
    MockMvc mvc;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper mapper;

    @Test
    void theNumberOfQueriesDoesNotGrowWithTheNumberOfTasks() throws Exception {
        // People in departments first, so the 5 and the 50 reach equally deep into the unit tree.
        List<String> people = jdbc.queryForList("select e.user_id from employee e join org_unit u on u.id = e.unit_id "
                + "where e.active and e.user_id <> ? order by case u.level_type when 'AVDELING' then 0 else 1 end, "
                + "e.user_id", String.class, VIEWER).subList(0, 50);

        giveViewerTheMappingsOf(people.subList(0, 5));
        inbox(); // the first request with tasks fills the engine's caches once and for all
        Inbox five = inbox();
        giveViewerTheMappingsOf(people.subList(5, 50));
        Inbox fifty = inbox();

        assertThat(fifty.tasksOfYear()).hasSize(50);
        assertThat(five.tasksOfYear()).hasSize(5);
        assertThat(fifty.tasksOfYear()).allSatisfy(task -> {
            assertThat(task.get("employeeUserId").asText()).isIn(people);
            assertThat(task.has("businessKey")).as("business keys, with the employee number, stay in the engine").isFalse();
            assertThat(task.get("title").asText()).isNotBlank();
        });
        // The titles' names and leaders come from one recursive query up the unit tree, however many tasks.
        assertThat(fifty.statements()).as("no statement reads every authorization (there is one per open task)")
                .noneMatch(sql -> sql.contains("distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A") && !sql.contains("WHERE"));
        assertThat(fifty.statements()).as("SQL statements for 50 tasks vs 5:%n%s%nvs%n%s",
                String.join("\n", fifty.sql()), String.join("\n", five.sql())).hasSizeLessThanOrEqualTo(five.statements().size());
    }

    @Test
    void aLoggedInSessionAsksTheDatabaseLittleOnEveryInbox() throws Exception {
        Cookie[] session = mvc.perform(formLogin().user(VIEWER).password("demo")).andReturn().getResponse().getCookies();
        mvc.perform(get("/api/tasks").cookie(session)).andExpect(status().isOk());

        List<String> again = StatementCounter.count(() -> mvc.perform(get("/api/tasks").cookie(session))
                .andExpect(status().isOk()).andReturn()).sql();

        assertThat(again).as("the password was seen changed once; the session does not ask again")
                .noneMatch(sql -> sql.contains("user_credential"));
        assertThat(again).as("the person's own tasks and their groups' tasks").filteredOn(sql -> sql.contains("from ACT_RU_TASK"))
                .hasSize(2);
        assertThat(again).as("the inbox's engine calls are one engine command, so revoke authorizations are looked for once")
                .filteredOn(sql -> sql.contains("TYPE_ = 2")).hasSize(1);
    }

    private void giveViewerTheMappingsOf(List<String> employees) {
        for (String employee : employees) {
            String instance = mappings.start(employee, YearCalendar.defaultsFor(YEAR).mappingDeadlines())
                    .getProcessInstanceId();
            Task task = taskService.createTaskQuery().processInstanceId(instance).singleResult();
            taskService.setAssignee(task.getId(), VIEWER);
        }
    }

    private Inbox inbox() throws Exception {
        StatementCounter.Counted<String> counted = StatementCounter.count(() -> mvc.perform(get("/api/tasks")
                        .with(httpBasic(VIEWER, "demo")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        List<JsonNode> ofYear = new ArrayList<>();
        for (JsonNode task : mapper.readTree(counted.result())) {
            if (task.get("year").asInt() == YEAR) {
                ofYear.add(task);
            }
        }
        return new Inbox(counted.sql(), ofYear);
    }

    private record Inbox(List<String> statements, List<JsonNode> tasksOfYear) {

        List<String> sql() {
            return statements;
        }
    }
}
