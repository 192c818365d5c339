package no.arshjul.cycle;

import no.arshjul.web.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * "Årshjulet" ({@code /arshjulet}): the year's dates in order with the person's own steps marked, and
 * their open tasks. HR starts the year here: a year whose dates are already past is not started
 * until HR has seen the proposed dates (the calendar moved forward from today) and confirmed them.
 */
@Controller
class YearViewController {

    private final YearView view;
    private final CycleService cycles;
    private final CalendarRules rules;
    private final Texts texts;
    private final Clock clock;

    YearViewController(YearView view, CycleService cycles, CalendarRules rules, Texts texts, Clock clock) {
        this.view = view;
        this.cycles = cycles;
        this.rules = rules;
        this.texts = texts;
        this.clock = clock;
    }

    @GetMapping("/arshjulet")
    String page(@RequestParam(required = false) Integer year, Authentication me, Model model) {
        int shown = year == null || year < CycleService.FIRST_YEAR || year > CycleService.LAST_YEAR
                ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("view", view.page(shown, me.getName()));
        return "year-view";
    }

    /**
     * HR starts a year. Without {@code confirm}, a calendar with past dates is not started: the page
     * shows each past date and the proposal. With {@code confirm}, the proposed dates HR saw are sent
     * back and the year starts with them (checked again: none may be past, all in order).
     */
    @PreAuthorize("hasRole('hr')")
    @PostMapping("/arshjulet/start")
    String start(@RequestParam int year, @RequestParam(defaultValue = "false") boolean confirm,
                 @RequestParam Map<String, String> form, Authentication me, Model model, RedirectAttributes flash) {
        if (year < CycleService.FIRST_YEAR || year > CycleService.LAST_YEAR) {
            return refused(year, me, model, List.of(new CalendarRules.Problem("year", texts.forCaller("cycle.calendar.year.label"),
                    texts.forCaller("cycle.start.yearOutOfRange"))), null);
        }
        if (cycles.exists(year)) {
            flash.addFlashAttribute("notice", texts.forCaller("yearView.alreadyStarted", String.valueOf(year)));
            return "redirect:/arshjulet?year=" + year;
        }
        YearCalendar calendar = confirm ? confirmed(year, form) : YearCalendar.defaultsFor(year);
        if (calendar == null) {
            return refused(year, me, model, List.of(new CalendarRules.Problem("year", texts.forCaller("cycle.calendar.year.label"),
                    texts.forCaller("yearView.proposalMissing"))), null);
        }
        List<CalendarRules.Problem> problems = rules.all(calendar, texts::forCaller);
        if (!problems.isEmpty()) {
            boolean onlyPast = rules.order(calendar, texts::forCaller).isEmpty();
            return refused(year, me, model, problems, onlyPast ? rules.proposal(calendar) : null);
        }
        try {
            cycles.start(calendar, me.getName());
        } catch (DataIntegrityViolationException | CycleExistsException e) {
            flash.addFlashAttribute("notice", texts.forCaller("yearView.alreadyStarted", String.valueOf(year)));
            return "redirect:/arshjulet?year=" + year;
        }
        flash.addFlashAttribute("notice", texts.forCaller("yearView.started", String.valueOf(year)));
        return "redirect:/arshjulet?year=" + year;
    }

    private String refused(int year, Authentication me, Model model, List<CalendarRules.Problem> problems,
                           YearCalendar proposal) {
        int shown = year < CycleService.FIRST_YEAR || year > CycleService.LAST_YEAR ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("view", view.page(shown, me.getName()));
        model.addAttribute("problems", problems);
        if (proposal != null) {
            model.addAttribute("proposal", proposal.dates());
        }
        return "year-view";
    }

    /** The proposed dates as the confirm form sends them back, or null if one is missing or not a date. */
    private static YearCalendar confirmed(int year, Map<String, String> form) {
        try {
            LocalDate[] d = YearCalendar.FIELDS.stream().map(f -> LocalDate.parse(form.getOrDefault(f, ""))).toArray(LocalDate[]::new);
            return new YearCalendar(year, d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10]);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
