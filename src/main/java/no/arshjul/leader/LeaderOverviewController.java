package no.arshjul.leader;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/** The leader overview as a page, as JSON and as Excel; for people who lead a unit. */
@Controller
@PreAuthorize("hasRole('leader')")
class LeaderOverviewController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final LeaderOverviewService overviews;
    private final OverviewWorkbook workbook;
    private final MessageSource messages;
    private final Clock clock;

    LeaderOverviewController(LeaderOverviewService overviews, OverviewWorkbook workbook, MessageSource messages,
                             Clock clock) {
        this.overviews = overviews;
        this.workbook = workbook;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/leder")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String show,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
                Authentication me, Model model) {
        OverviewView view = OverviewView.of(show, sort, q, messages);
        model.addAttribute("overview", overview(me, year, view));
        model.addAttribute("view", view);
        return "leader";
    }

    @GetMapping("/api/leader/overview")
    @ResponseBody
    LeaderOverviewService.LeaderOverview json(@RequestParam(required = false) Integer year,
                                              @RequestParam(required = false) String show,
                                              @RequestParam(required = false) String sort,
                                              @RequestParam(required = false) String q, Authentication me) {
        return overview(me, year, OverviewView.of(show, sort, q, messages));
    }

    @GetMapping("/api/leader/overview.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) Integer year, @RequestParam(required = false) String show,
                                 @RequestParam(required = false) String sort, @RequestParam(required = false) String q,
                                 Authentication me) {
        Locale locale = LocaleContextHolder.getLocale();
        LeaderOverviewService.LeaderOverview overview = overviews.exportFor(me.getName(),
                year == null ? LocalDate.now(clock).getYear() : year, Instant.now(clock),
                OverviewView.of(show, sort, q, messages), locale);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(workbook.fileName(overview, locale)).build().toString())
                .contentType(XLSX)
                .body(workbook.write(overview, locale));
    }

    private LeaderOverviewService.LeaderOverview overview(Authentication me, Integer year, OverviewView view) {
        Instant now = Instant.now(clock);
        return overviews.overviewFor(me.getName(), year == null ? LocalDate.now(clock).getYear() : year, now, view,
                LocaleContextHolder.getLocale());
    }
}
