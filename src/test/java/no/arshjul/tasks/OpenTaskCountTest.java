package no.arshjul.tasks;

import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu on every page counts the person's open tasks as the inbox lists them, and the inbox marks
 * a task whose form the person has saved as a draft; the API is not touched by either.
 */
@ArshjulTest
class OpenTaskCountTest {

    static final int YEAR = 3400;
    static final Pattern COUNT = Pattern.compile("<span class=\"count\"[^>]*>(\\d+) åpne</span>");

    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate http;

    @Test
    void theMenuCountsWhatTheInboxLists() {
        String before = page("ingrid", "/min-side");
        int inbox = inboxSize("ingrid");
        mappings.start("ingrid", YearCalendar.defaultsFor(YEAR).mappingDeadlines());

        assertThat(count(page("ingrid", "/min-side"))).as("a page that is not the inbox counts too")
                .isEqualTo(inbox + 1).isEqualTo(inboxSize("ingrid"));
        assertThat(count(page("ingrid", "/"))).isEqualTo(inbox + 1);
        if (inbox == 0) {
            assertThat(COUNT.matcher(before).find()).as("no count when nothing waits").isFalse();
        }
        assertThat(http.withBasicAuth("ingrid", "demo").getForEntity("/api/tasks", String.class).getBody())
                .as("the API has no menu").doesNotContain("openTaskCount");
    }

    @Test
    void aSavedDraftIsMarkedInTheInboxOfItsAuthorOnly() {
        mappings.start("jonas", YearCalendar.defaultsFor(YEAR + 1).mappingDeadlines());
        String task = taskService.createTaskQuery().taskAssignee("jonas").processInstanceBusinessKeyLike((YEAR + 1) + ":%")
                .singleResult().getId();
        assertThat(draftMarkers(page("jonas", "/"))).doesNotContain(task);

        ResponseEntity<String> saved = http.withBasicAuth("jonas", "demo").exchange("/api/tasks/" + task + "/draft",
                HttpMethod.PUT, new HttpEntity<>(Map.of("realCompetence", "Jeg har lært meg turnusplanlegging")), String.class);
        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.OK);

        String inbox = page("jonas", "/");
        assertThat(draftMarkers(inbox)).containsExactly(task);
        assertThat(inbox).contains("Utkast lagret");

        ResponseEntity<String> refused = http.withBasicAuth("kari", "demo").exchange("/api/tasks/" + task + "/draft",
                HttpMethod.PUT, new HttpEntity<>(Map.of("realCompetence", "x")), String.class);
        assertThat(refused.getStatusCode().is4xxClientError()).as("nobody saves a draft of another's task").isTrue();
        assertThat(draftMarkers(page("kari", "/"))).doesNotContain(task);
    }

    private String page(String user, String path) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    private int inboxSize(String user) {
        return http.withBasicAuth(user, "demo").getForObject("/api/tasks", List.class).size();
    }

    private static int count(String html) {
        Matcher m = COUNT.matcher(html);
        assertThat(m.find()).as("the menu shows a count").isTrue();
        return Integer.parseInt(m.group(1));
    }

    /** The ids of the tasks whose inbox entry carries the draft marker. */
    private static List<String> draftMarkers(String html) {
        return Pattern.compile("<li class=\"task-item[^\"]*\">\\s*<a class=\"task-link\" href=\"/oppgaver/([^\"]+)\"(?:(?!</li>).)*?badge draft",
                Pattern.DOTALL).matcher(html).results().map(r -> r.group(1)).toList();
    }
}
