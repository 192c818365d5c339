package no.arshjul.leader;

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
    private final Clock clock;

    LeaderOverviewController(LeaderOverviewService overviews, OverviewWorkbook workbook, Clock clock) {
        this.overviews = overviews;
        this.workbook = workbook;
        this.clock = clock;
    }

    @GetMapping("/leder")
    String page(@RequestParam(required = false) Integer year, Authentication me, Model model) {
        model.addAttribute("overview", overview(me, year));
        return "leader";
    }

    @GetMapping("/api/leader/overview")
    @ResponseBody
    LeaderOverviewService.LeaderOverview json(@RequestParam(required = false) Integer year, Authentication me) {
        return overview(me, year);
    }

    @GetMapping("/api/leader/overview.xlsx")
    ResponseEntity<byte[]> excel(@RequestParam(required = false) Integer year, Authentication me) {
        LeaderOverviewService.LeaderOverview overview = overviews.exportFor(me.getName(),
                year == null ? LocalDate.now(clock).getYear() : year, Instant.now(clock));
        Locale locale = LocaleContextHolder.getLocale();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(workbook.fileName(overview, locale)).build().toString())
                .contentType(XLSX)
                .body(workbook.write(overview, locale));
    }

    private LeaderOverviewService.LeaderOverview overview(Authentication me, Integer year) {
        Instant now = Instant.now(clock);
        return overviews.overviewFor(me.getName(), year == null ? LocalDate.now(clock).getYear() : year, now);
    }
}
