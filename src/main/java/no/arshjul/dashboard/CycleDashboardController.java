package no.arshjul.dashboard;

import no.arshjul.cycle.CycleExistsException;
import no.arshjul.cycle.CycleLaunchService;
import no.arshjul.cycle.CycleService;
import no.arshjul.cycle.YearCalendar;
import no.arshjul.planning.GapAnalysisService;
import no.arshjul.planning.PlanOverview;
import no.arshjul.planning.PlanProgress;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntFunction;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** HR's progress dashboard, as a page with charts and tables and as JSON. */
@Controller
@PreAuthorize("hasRole('hr')")
class CycleDashboardController {

    private final CycleDashboardService dashboards;
    private final PlanOverview plans;
    private final CycleService cycles;
    private final PlanProgress progress;
    private final CycleLaunchService launches;
    private final MessageSource messages;
    private final Clock clock;

    CycleDashboardController(CycleDashboardService dashboards, PlanOverview plans, CycleService cycles,
                             PlanProgress progress, CycleLaunchService launches, MessageSource messages, Clock clock) {
        this.progress = progress;
        this.launches = launches;
        this.dashboards = dashboards;
        this.plans = plans;
        this.cycles = cycles;
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
        // The plan in force this year and the one being made for next year, as the processes have them; HR sees every figure.
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("skupStates", List.of(progress.skup(dashboard.year(), locale),
                progress.skup(dashboard.year() + 1, locale)));
        boolean started = cycles.exists(dashboard.year());
        model.addAttribute("cycleStarted", started);
        // The people the year's launch could not start, and why, in words.
        model.addAttribute("launchFailures", started ? launches.progress(dashboard.year()).failed() : List.of());
        GapAnalysisService.Analysis gaps = plans.latestGaps(Set.of(dashboard.year(), dashboard.year() + 1), false)
                .orElse(null);
        model.addAttribute("gaps", gaps);
        model.addAttribute("gapChart", gaps == null ? null : gapChart(gaps, LocaleContextHolder.getLocale()));
        return "hr";
    }

    private Chart gapChart(GapAnalysisService.Analysis gaps, Locale locale) {
        List<GapAnalysisService.Row> rows = gaps.rows();
        return new Chart(rows.stream().map(r -> r.competenceName() + " – " + r.orgUnitName()).toList(), List.of(
                new Series(messages.getMessage("gap.now", null, locale), rows.stream().map(r -> zeroIfHidden(r.now())).toList()),
                new Series(messages.getMessage("gap.projected", null, locale),
                        rows.stream().map(r -> zeroIfHidden(r.projected())).toList()),
                new Series(messages.getMessage("gap.target", null, locale), rows.stream().map(GapAnalysisService.Row::target).toList())));
    }

    private static Integer zeroIfHidden(Integer value) {
        return value == null ? 0 : value;
    }

    /** HR starts the year from the dashboard; the calendar task then waits in HR's inbox. */
    @PostMapping("/hr/start")
    String start(@RequestParam int year, Authentication me, RedirectAttributes flash) {
        try {
            cycles.start(YearCalendar.defaultsFor(year), me.getName());
            flash.addFlashAttribute("notice", messages.getMessage("hr.started", new Object[]{String.valueOf(year)},
                    LocaleContextHolder.getLocale()));
        } catch (CycleExistsException e) {
            flash.addFlashAttribute("notice", messages.getMessage(e, LocaleContextHolder.getLocale()));
        }
        return "redirect:/";
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
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND,
                        messages.getMessage("hr.unknownSector", new Object[]{sector}, LocaleContextHolder.getLocale())));
    }
}
