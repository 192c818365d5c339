package no.arshjul.security;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import no.arshjul.support.ArshjulTest;
import no.arshjul.support.BrowserExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** Log-in through the municipality's provider in a real browser: in, refused, out, and into Camunda's apps. */
@ArshjulTest
@ExtendWith(BrowserExtension.class)
class SingleSignOnBrowserTest extends SingleSignOnTestBase {

    /** The provider's authorize page (a JavaScript regex: Playwright knows no \\Q...\\E). */
    static final Pattern AT_PROVIDER = Pattern.compile("^http://localhost:" + PROVIDER.baseUrl().port() + "/" + ISSUER_ID + "/authorize.*");

    @LocalServerPort
    int port;

    Page newPage() {
        return BrowserExtension.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("nb-NO").setViewportSize(1280, 900)).newPage();
    }

    /** Fills in the provider's own log-in form, as the person would type their account. */
    static void signInAtProvider(Page page, String preferredUsername) {
        assertThat(page).hasURL(AT_PROVIDER);
        page.locator("input[name=username]").fill("sub-" + preferredUsername);
        page.locator("textarea[name=claims]").fill("{\"preferred_username\": \"" + preferredUsername + "\"}");
        page.locator("input[type=submit]").click();
    }

    @Test
    void aKnownEmployeeLogsInThroughTheProviderLandsInHerInboxAndLogsOut() {
        Page page = newPage();
        page.navigate("/");
        signInAtProvider(page, "kari");

        assertThat(page.locator("h1")).hasText("Mine oppgaver");
        assertThat(page.locator("header strong")).hasText("kari");

        // The pages' Content-Security-Policy lets the log-out form's redirect reach the provider.
        String policy = page.context().request().get("/").headers().get("content-security-policy");
        assertThat(policy).contains("form-action 'self' http://localhost:" + PROVIDER.baseUrl().port());
        page.locator("form.logout button[type=submit]").click();
        page.waitForURL(Pattern.compile(".*/login\\?logout$"), new Page.WaitForURLOptions().setTimeout(60000));
        assertThat(page.getByText("Du er logget ut.")).isVisible();
        // The session is gone: the inbox asks the provider again instead of showing kari's tasks.
        page.navigate("/");
        assertThat(page).hasURL(AT_PROVIDER);
        page.context().close();
    }

    @Test
    void someoneTheProviderKnowsAndArshjulDoesNotGetsAClear403Page() {
        Page page = newPage();
        page.navigate("/");
        Response refused = page.waitForResponse(r -> r.url().endsWith(NotRegisteredController.PATH),
                () -> signInAtProvider(page, "ola.ukjent"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(page.locator("h1")).hasText("Du er ikke registrert i Årshjul");
        assertThat(page.getByText("Kontakt HR", new Page.GetByTextOptions().setExact(false))).isVisible();
        assertThat(page.getByText("«ola.ukjent»", new Page.GetByTextOptions().setExact(false))).isVisible();
        // Not logged in: the inbox still sends them to the provider.
        page.navigate("/");
        assertThat(page).hasURL(AT_PROVIDER);
        page.context().close();
    }

    @Test
    void camundasAppsUseTheSameLogIn() {
        Page page = newPage();
        page.navigate("/camunda/app/cockpit/default/");
        signInAtProvider(page, "hege");

        // Cockpit opens for hege without its own log-in form: Camunda's webapps hold her, with
        // Årshjul's groups (hr opens Cockpit, not Admin), as their logged-in user.
        assertThat(page).hasURL(Pattern.compile("^http://localhost:" + port + "/camunda/app/cockpit/default/.*"));
        APIResponse camundaUser = page.context().request().get("/camunda/api/admin/auth/user/default");
        assertThat(camundaUser.status()).isEqualTo(200);
        assertThat(camundaUser.text()).contains("\"userId\":\"hege\"").contains("cockpit").doesNotContain("\"admin\"");

        // Without Årshjul's log-in, Camunda's webapps know nobody.
        APIResponse nobody = BrowserExtension.browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)).request().get("/camunda/api/admin/auth/user/default");
        assertThat(nobody.status()).isEqualTo(401);
        page.context().close();
    }
}
