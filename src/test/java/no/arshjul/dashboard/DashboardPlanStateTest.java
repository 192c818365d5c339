package no.arshjul.dashboard;

import no.arshjul.cycle.CycleLaunchService;
import no.arshjul.cycle.CycleService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static no.arshjul.support.ProcessTestSupport.deleteYear;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * HR's dashboard says where next year's SKUP really stands (not "ikke påbegynt" while the sectors'
 * tasks are out), and who the year's launch could not start, with the reason in words. Years 3180–3189.
 */
@ArshjulTest
class DashboardPlanStateTest {

    static final List<String> HR = List.of("employee", "leader", "hr", "kompetanseforum");

    @Autowired
    TestRestTemplate http;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    CycleService cycles;
    @Autowired
    CycleLaunchService launches;

    @AfterEach
    void cleanUp() {
        for (int year = 3180; year <= 3189; year++) {
            deleteYear(runtimeService, year);
        }
    }

    String skupLine(int dashboardYear, int planYear) {
        String page = http.withBasicAuth("hege", "demo").getForObject("/hr?year=" + dashboardYear, String.class);
        Matcher line = Pattern.compile("<li data-plan-year=\"" + planYear + "\">(.*?)</li>", Pattern.DOTALL).matcher(page);
        assertThat(line.find()).as("the line of SKUP " + planYear).isTrue();
        return line.group(1).replaceAll("\\s+", " ");
    }

    @Test
    void thePlanInProgressShowsItsStepNotIkkePabegynt() {
        assertThat(skupLine(3180, 3181)).contains("SKUP 3181").contains("ikke påbegynt");

        Map<String, Object> variables = new HashMap<>(YearCalendar.defaultsFor(3180).planVariables());
        variables.put("planYear", 3181);
        variables.put("sectors", Variables.objectValue(List.of("HO", "OU"))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        String instance = runtimeService.startProcessInstanceByKey("skup", "3181", variables).getId();

        assertThat(skupLine(3180, 3181)).doesNotContain("ikke påbegynt").contains("href=\"/skup/3181\"")
                .contains("Under arbeid").contains("Sektorene sender innspill (0 av 2 levert)");

        Task health = taskService.createTaskQuery().processInstanceId(instance).taskAssignee("siri").singleResult();
        Engine.as(identityService, "siri", List.of("employee", "leader", "kommunalsjef", "kompetanseforum"),
                () -> taskService.complete(health.getId(), ValidSubmission.of("skup-sector-input")));
        assertThat(skupLine(3180, 3181)).contains("Sektorene sender innspill (1 av 2 levert)");
    }

    @Test
    void aPlanWaitingForItsInputPeriodIsPlannedWithItsDate() {
        String cycle = Engine.as(identityService, "hege", HR,
                () -> cycles.start(YearCalendar.defaultsFor(3182), "hege").getProcessInstanceId());
        // what the year planner gives the cycle once HR has confirmed the calendar (the form takes years up to 2100)
        runtimeService.setVariables(cycle, YearCalendar.defaultsFor(3182).planVariables());

        assertThat(skupLine(3182, 3183)).contains("planlagt: innspillsperioden starter 01.04.3182");
    }

    @Test
    void theLaunchsFailuresAreListedWithTheirReasonsInWords() {
        Engine.as(identityService, "hege", HR, () -> cycles.start(YearCalendar.defaultsFor(3184), "hege"));
        launches.plan(3184).forEach(batch -> launches.runBatch(3184, batch));

        String page = http.withBasicAuth("hege", "demo").getForObject("/hr?year=3184", String.class);

        assertThat(page).contains("Ikke startet i 3184: 1");
        Matcher row = Pattern.compile("<tr data-user=\"rita\">(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(row.find()).isTrue();
        assertThat(row.group(1)).contains("Rita Solheim").contains("10001")
                .contains("Har ingen leder i organisasjonen: sett leder for enheten «Fjordvik kommune»");
    }
}
