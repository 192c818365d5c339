package no.arshjul.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * One headless Chromium (Debian's /usr/bin/chromium, never a downloaded one) for every browser test
 * class in the run; closed when the run ends. Each person logs in in a context of their own.
 */
public class BrowserExtension implements BeforeAllCallback {

    public static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    public static final Path AXE = Paths.get("src/main/frontend/node_modules/axe-core/axe.min.js");

    private static Shared shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Shared.class, k -> start(), Shared.class);
    }

    private static synchronized Shared start() {
        if (shared == null) {
            Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
            shared = new Shared(playwright, browser);
        }
        return shared;
    }

    record Shared(Playwright playwright, Browser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    /** The shared browser, for tests that log in somewhere else than Årshjul's pages (Camunda's apps). */
    public static Browser browser() {
        return start().browser();
    }

    /** A fresh browser context logged in as the user (password demo), on the inbox. */
    public static Page loggedIn(int port, String user) {
        BrowserContext context = start().browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port).setLocale("nb-NO").setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Brukernavn").fill(user);
        page.getByLabel("Passord").fill("demo");
        page.locator("main button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Mine oppgaver");
        return page;
    }

    /** axe-core's serious and critical WCAG 2.1 A/AA violations on the page as it is now. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousAxeViolations(Page page) {
        // Evaluated rather than added as a script tag: the pages' Content-Security-Policy refuses
        // inline scripts, and the test's own script is not the page's.
        try {
            page.evaluate("() => {\n" + Files.readString(AXE) + "\n}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (List<String>) page.evaluate("async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', "
                + "'wcag21a', 'wcag21aa'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')).join(' | '))");
    }
}
