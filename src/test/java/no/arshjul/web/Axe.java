package no.arshjul.web;

import com.microsoft.playwright.Page;
import no.arshjul.support.BrowserExtension;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** axe-core on a page as it is now: every violation of every rule axe runs by default, whatever its impact. */
public final class Axe {

    private Axe() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> violations(Page page) {
        // Evaluated rather than added as a script tag: the pages' Content-Security-Policy refuses inline scripts.
        try {
            page.evaluate("() => {\n" + Files.readString(BrowserExtension.AXE) + "\n}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return (List<String>) page.evaluate("async () => (await axe.run(document)).violations"
                + ".map(v => v.impact + ' ' + v.id + ': ' + v.help + ' @ ' + v.nodes.map(n => n.target.join(' ')"
                + " + ' [' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200) + ']').join(' | '))");
    }
}
