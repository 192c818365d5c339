package no.arshjul.dashboard;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** HR's progress dashboard, as a page with charts and tables and as JSON. */
@Controller
@PreAuthorize("hasRole('hr')")
class CycleDashboardController {

    private final CycleDashboardService dashboards;
    private final MessageSource messages;
    private final Clock clock;

    CycleDashboardController(CycleDashboardService dashboards, MessageSource messages, Clock clock) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.clock = clock;
    }

    record Series(String label, List<Integer> values) {
    }

    record Chart(List<String> labels, List<Series> series) {
    }

    @GetMapping("/hr")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String sektor, Model model) {
        CycleDashboardService.Dashboard dashboard = dashboard(year, sektor);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("chart", chart(dashboard, LocaleContextHolder.getLocale()));
        return "hr";
    }

    /** The table's shares as chart series, with the table's column names. */
    private Chart chart(CycleDashboardService.Dashboard dashboard, Locale locale) {
        List<CycleDashboardService.ProgressRow> rows = dashboard.rows();
        return new Chart(rows.stream().map(CycleDashboardService.ProgressRow::name).toList(), List.of(
                series("hr.mapped", rows, CycleDashboardService.ProgressRow::mappedPct, locale),
                series("hr.talksHeld", rows, CycleDashboardService.ProgressRow::talksHeldPct, locale),
                series("hr.plansMade", rows, CycleDashboardService.ProgressRow::plansMadePct, locale),
                series("hr.overdue", rows, CycleDashboardService.ProgressRow::overduePct, locale)));
    }

    private Series series(String label, List<CycleDashboardService.ProgressRow> rows,
                          ToIntFunction<CycleDashboardService.ProgressRow> value, Locale locale) {
        return new Series(messages.getMessage(label, null, locale), rows.stream().map(r -> value.applyAsInt(r)).toList());
    }

    @GetMapping("/api/hr/progress")
    @ResponseBody
    ResponseEntity<CycleDashboardService.Dashboard> json(@RequestParam(required = false) Integer year,
                                                         @RequestParam(required = false) String sektor) {
        return ResponseEntity.ok(dashboard(year, sektor));
    }

    private CycleDashboardService.Dashboard dashboard(Integer year, String sector) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        return dashboards.dashboard(shown, sector == null || sector.isBlank() ? null : sector, Instant.now(clock))
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, "Ukjent sektor: " + sector));
    }
}
