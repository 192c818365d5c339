package no.arshjul.models;

import no.arshjul.appraisal.AppraisalService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import no.arshjul.web.Axe;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static no.arshjul.models.ModelUploads.api;
import static no.arshjul.models.ModelUploads.change;
import static no.arshjul.models.ModelUploads.files;
import static no.arshjul.support.ProcessTestSupport.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

/** The models page through the browser's path: log-in form, CSRF tokens, a multipart upload, the Deploy button. */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class ModelsPageTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TestRestTemplate http;
    @Autowired
    AppraisalService appraisals;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        ModelUploads.deleteDeployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME);
    }

    @Test
    void hrChecksAnUploadSeesTheDifferenceAndDeploysIt() throws Exception {
        Browser hege = Browser.loggedIn(port, "hege");
        HttpResponse<String> page = hege.get("/modeller");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Prosesser og skjemaer</h1>", "<label for=\"files\">", "appraisal-talk",
                "Last ned gjeldende modeller (zip)");

        HttpResponse<String> refused = hege.upload("/modeller/kontroller", csrf(page.body()), "appraisal-talk.bpmn",
                change(HrModelChanges.talk(), "${disagreementRecorder}", "${disagreementLogger}"));
        assertThat(refused.body()).contains("Modellene har feil og kan ikke rulles ut",
                "element «record-disagreement»: Tjenesten «disagreementLogger»").doesNotContain("name=\"token\"");

        HttpResponse<String> checked = hege.upload("/modeller/kontroller", csrf(refused.body()),
                "appraisal-prep-employee.form", HrModelChanges.prepFormWithHmsQuestion());
        assertThat(checked.body()).contains("Modellene besto kontrollen", "Lagt til textarea «hmsConcerns»",
                "processes/appraisal-talk.bpmn", ">Rull ut</button>");

        HttpResponse<String> deployed = hege.post("/modeller/rull-ut",
                Map.of("token", find(TOKEN, checked.body()), "_csrf", csrf(checked.body())));
        assertThat(deployed.statusCode()).isEqualTo(302);
        assertThat(hege.get("/modeller").body()).contains("Rullet ut: prosess «appraisal-talk» versjon",
                "skjema «appraisal-prep-employee» versjon");
        assertThat(ModelUploads.deployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME)).isEqualTo(1);

        // The session is stored in the database: the used upload is gone from it, so it deploys once.
        HttpResponse<String> again = hege.post("/modeller/rull-ut",
                Map.of("token", find(TOKEN, checked.body()), "_csrf", csrf(hege.get("/modeller").body())));
        assertThat(again.body()).contains("Fant ikke opplastingen");
        assertThat(ModelUploads.deployments(repositoryService, ModelDeployer.DEPLOYMENT_NAME)).isEqualTo(1);
    }

    @Test
    void hrMovesARunningTalkToTheNewVersionAndFollowsTheProgress() throws Exception {
        String before = MovedDeadlineAndRollbackTest.appraisalTalkIn(
                api(http, "hege", "deploy", files(HrModelChanges.TALK, HrModelChanges.talk())).getBody());
        clockAt(LocalDateTime.of(2731, 2, 1, 9, 0));
        String running = appraisals.start("anne", YearCalendar.defaultsFor(2731).talkDeadlines()).getProcessInstanceId();
        String after = MovedDeadlineAndRollbackTest.appraisalTalkIn(api(http, "hege", "deploy", files(HrModelChanges.TALK,
                HrModelChanges.talkWithHmsStep(), HrModelChanges.HMS_FORM, HrModelChanges.hmsForm())).getBody());

        Browser hege = Browser.loggedIn(port, "hege");
        String page = hege.get("/modeller").body();
        assertThat(page).contains("value=\"" + before + "\"", "Flytt instansene til versjon");
        HttpResponse<String> proposal = hege.post("/modeller/flytting",
                Map.of("sourceDefinitionId", before, "targetDefinitionId", after, "_csrf", csrf(page)));
        assertThat(proposal.body()).contains("1 av 1 instanser kan flyttes.", running, "prepare-employee",
                "Start flyttingen av 1 instanser");

        HttpResponse<String> started = hege.post("/modeller/flytting/start",
                Map.of("sourceDefinitionId", before, "targetDefinitionId", after, "_csrf", csrf(proposal.body())));
        assertThat(started.statusCode()).isEqualTo(302);
        String status = URI.create(started.headers().firstValue("Location").orElseThrow()).getPath();
        assertThat(hege.get(status).body()).contains("Pågår: 0 av 1 er ferdige.", "Oppdater status");
        ModelUploads.runBatch(managementService, status.substring(status.lastIndexOf('/') + 1));
        assertThat(hege.get(status).body()).contains("Ferdig: 1 av 1 instanser er flyttet på versjon")
                .doesNotContain("Oppdater status");

        // the migration's page, in both languages, as axe finds it (every rule, every impact)
        com.microsoft.playwright.Page seen = BrowserExtension.loggedIn(port, "hege");
        for (String lang : List.of("nb", "en")) {
            seen.navigate(status + "?lang=" + lang);
            assertThat(seen.locator("html").getAttribute("lang")).isEqualTo(lang);
            assertThat(Axe.violations(seen)).as("axe on the migration page (%s)", lang).isEmpty();
        }
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running).singleResult()
                .getProcessDefinitionId()).isEqualTo(after);
    }

    @Test
    void othersMayNotOpenThePage() throws Exception {
        assertThat(Browser.loggedIn(port, "kari").get("/modeller").statusCode()).isEqualTo(403);
        assertThat(Browser.loggedIn(port, "lars").get("/modeller/arshjul-modeller.zip").statusCode()).isEqualTo(403);
    }

    static String csrf(String html) {
        return find(CSRF, html);
    }

    static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    /** A browser session: cookies kept, redirects not followed. */
    record Browser(HttpClient client, String base) {

        static Browser loggedIn(int port, String user) throws IOException, InterruptedException {
            Browser browser = new Browser(HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER).build(), "http://localhost:" + port);
            String login = browser.get("/login").body();
            HttpResponse<String> in = browser.post("/login", Map.of("username", user, "password", "demo", "_csrf", csrf(login)));
            assertThat(in.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
            return browser;
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
            String body = form.entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return client.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> upload(String path, String csrf, String fileName, String content)
                throws IOException, InterruptedException {
            List<MultipartBody.Part> parts = new ArrayList<>();
            parts.add(new MultipartBody.Part("_csrf", null, null, csrf.getBytes(StandardCharsets.UTF_8)));
            parts.add(new MultipartBody.Part("comment", null, null, "Fra testen".getBytes(StandardCharsets.UTF_8)));
            parts.add(new MultipartBody.Part("files", fileName, "application/octet-stream",
                    content.getBytes(StandardCharsets.UTF_8)));
            MultipartBody.Encoded body = MultipartBody.encode(parts);
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", body.contentType())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.body())).build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
