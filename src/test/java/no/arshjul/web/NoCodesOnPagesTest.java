package no.arshjul.web;

import com.fasterxml.jackson.databind.JsonNode;
import no.arshjul.appraisal.AppraisalService;
import no.arshjul.appraisal.MeasureStatus;
import no.arshjul.appraisal.TalkStatus;
import no.arshjul.competence.CompetenceClass;
import no.arshjul.competence.CompetenceMappingService;
import no.arshjul.competence.EducationLevel;
import no.arshjul.competence.EntryType;
import no.arshjul.competence.HoldingSource;
import no.arshjul.competence.MappingStatus;
import no.arshjul.competence.RealCategory;
import no.arshjul.cycle.CycleStatus;
import no.arshjul.cycle.Step;
import no.arshjul.cycle.StepStatus;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.Engine;
import no.arshjul.support.ValidSubmission;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People read labels, not codes: the minutes (on Min side, the case page, the task that asks the
 * employee to read them and the minutes' PDF), Min side's competence profile and the leader matrix show no enum constant
 * and no option value of the minutes' topics as visible text, in bokmål or English, although the
 * records behind them hold exactly those codes.
 */
@ArshjulTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoCodesOnPagesTest {

    static final int YEAR = 2640;
    static final List<String> EMPLOYEE = List.of("employee");
    static final List<String> LEADER = List.of("employee", "leader");

    @Autowired
    AppraisalService appraisals;
    @Autowired
    CompetenceMappingService mappings;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate http;

    /** The pages as the server drew them, by who looks and where. */
    final Map<String, String> pages = new LinkedHashMap<>();

    @BeforeAll
    void kariHasHerTalkWithEveryTopicAndPerIsLate() {
        clockAt(LocalDateTime.of(YEAR, 2, 1, 9, 0));
        String kari = appraisals.start("kari", YearCalendar.defaultsFor(YEAR).talkDeadlines()).getProcessInstanceId();
        appraisals.start("per", YearCalendar.defaultsFor(YEAR).talkDeadlines());
        mappings.start("per", YearCalendar.defaultsFor(YEAR).mappingDeadlines());
        complete("kari", EMPLOYEE, kari, ValidSubmission.of("appraisal-prep-employee"));
        complete("lars", LEADER, kari, ValidSubmission.of("appraisal-prep-leader"));
        complete("lars", LEADER, kari, ValidSubmission.of("appraisal-schedule", "talkDate", YEAR + "-03-10"));
        complete("lars", LEADER, kari, ValidSubmission.of("appraisal-minutes", "talkDate", YEAR + "-03-10",
                "talkHeld", "HELD", "topics", topicCodes(),
                "measures", List.of(ValidSubmission.listItem("appraisal-minutes", "measures",
                        "title", "Kurs i sårbehandling", "responsible", "lars", "dueDate", YEAR + "-09-01"))));
        clockAt(LocalDateTime.of(YEAR, 6, 1, 12, 0));
        Task review = taskService.createTaskQuery().processInstanceId(kari).singleResult();
        for (String language : List.of("", "&lang=en")) {
            pages.put("the minutes to read" + language, page("kari", "/oppgaver/" + review.getId() + "?" + language));
        }
        complete("kari", EMPLOYEE, kari, ValidSubmission.of("appraisal-minutes-review", "employeeAck", "AGREED"));
        for (String language : List.of("", "&lang=en")) {
            pages.put("Min side" + language, page("kari", "/min-side?year=" + YEAR + language));
            pages.put("Kari's case" + language, page("lars", "/sak/kari?year=" + YEAR + language));
            pages.put("the leader matrix" + language, page("lars", "/leder?year=" + YEAR + language));
            pages.put("the minutes as PDF" + language, pdf("kari", "/sak/kari/referat/" + YEAR + ".pdf?" + language));
        }
    }

    @AfterAll
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void noCodeIsVisibleOnThePages() {
        List<String> codes = codes();
        assertThat(pages).hasSize(10);
        pages.forEach((where, html) -> {
            String text = visibleText(html);
            for (String code : codes) {
                assertThat(Pattern.compile("(?<![\\w-])" + Pattern.quote(code) + "(?![\\w-])").matcher(text).find())
                        .as("the code %s is visible on %s: %s", code, where, text).isFalse();
            }
        });
    }

    @Test
    void theTopicsAndStatusesAreNamed() {
        assertThat(visibleText(pages.get("Min side"))).contains("Medarbeiderskap", "Faglig utvikling", "Arbeidsmiljø")
                .contains("Fagbrev");
        assertThat(visibleText(pages.get("Min side&lang=en"))).contains("Employeeship", "Professional development",
                "Working environment");
        assertThat(visibleText(pages.get("the minutes to read"))).contains("Medarbeiderskap", "Karriere");
        assertThat(visibleText(pages.get("the leader matrix"))).contains("Kari Nordmann");
        assertThat(visibleText(pages.get("the minutes as PDF"))).contains("Medarbeiderskap", "Holdt", "Enig");
        assertThat(visibleText(pages.get("the minutes as PDF&lang=en"))).contains("Employeeship", "Held", "Agrees");
    }

    /** Every constant of the enums behind these pages, and the values of the topics' options. */
    static List<String> codes() {
        List<String> codes = new ArrayList<>(topicCodes());
        Stream.of(TalkStatus.values(), MeasureStatus.values(), CompetenceClass.values(), EducationLevel.values(),
                        EntryType.values(), HoldingSource.values(), MappingStatus.values(), RealCategory.values(),
                        CycleStatus.values(), Step.values(), StepStatus.values())
                .flatMap(Arrays::stream).map(Enum::name).forEach(codes::add);
        codes.addAll(List.of("HELD", "POSTPONED", "NOT_HELD", "AGREED", "DISAGREE"));
        return codes;
    }

    static List<String> topicCodes() {
        List<String> codes = new ArrayList<>();
        for (JsonNode option : ValidSubmission.component("appraisal-minutes", "topics").path("values")) {
            codes.add(option.path("value").asText());
        }
        assertThat(codes).contains("MEDARBEIDERSKAP", "PROFESSIONAL_DEVELOPMENT");
        return codes;
    }

    /** What a person sees: the page without scripts, styles, comments and tags. */
    static String visibleText(String html) {
        String text = html.replaceAll("(?is)<script\\b.*?</script>", " ")
                .replaceAll("(?is)<style\\b.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ");
        return HtmlUtils.htmlUnescape(text).replaceAll("\\s+", " ").trim();
    }

    private String page(String user, String path) {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The text of a PDF, as the page's visible text is compared. */
    private String pdf(String user, String path) {
        ResponseEntity<byte[]> response = http.withBasicAuth(user, "demo").getForEntity(path, byte[].class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            return HtmlUtils.htmlEscape(new PDFTextStripper().getText(pdf));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void complete(String user, List<String> groups, String instance, Map<String, Object> values) {
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
        Engine.as(identityService, user, groups, () -> taskService.complete(task, values));
    }
}
