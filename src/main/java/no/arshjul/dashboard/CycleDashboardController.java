package no.arshjul.dashboard;

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

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** HR's progress dashboard, as a page with charts and tables and as JSON. */
@Controller
@PreAuthorize("hasRole('hr')")
class CycleDashboardController {

    private final CycleDashboardService dashboards;
    private final Clock clock;

    CycleDashboardController(CycleDashboardService dashboards, Clock clock) {
        this.dashboards = dashboards;
        this.clock = clock;
    }

    @GetMapping("/hr")
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String sektor, Model model) {
        model.addAttribute("dashboard", dashboard(year, sektor));
        return "hr";
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
