package no.arshjul.cycle;

import no.arshjul.engine.SystemEngineCalls;
import no.arshjul.web.Texts;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/cycles")
class CycleController {

    private final CycleService cycles;
    private final CalendarRules rules;
    private final CycleLaunchService launch;
    private final TransactionTemplate transactions;
    private final SystemEngineCalls system;
    private final Texts texts;

    CycleController(CycleService cycles, CalendarRules rules, CycleLaunchService launch,
                    TransactionTemplate transactions, SystemEngineCalls system, Texts texts) {
        this.cycles = cycles;
        this.rules = rules;
        this.launch = launch;
        this.transactions = transactions;
        this.system = system;
        this.texts = texts;
    }

    /**
     * The year and, optionally, HR's proposed dates; missing dates default to Bærum's årshjul. With
     * {@code startNow}, dates already past are replaced by the proposal: the calendar moved forward
     * from today, its intervals kept.
     */
    record StartCycle(Integer year,
                      LocalDate mappingOpens, LocalDate mappingDeadline, LocalDate talksOpen, LocalDate talksDeadline,
                      LocalDate sectorInputOpens, LocalDate sectorInputDeadline, LocalDate kompetanseforumMeeting,
                      LocalDate consultationMeeting, LocalDate approvalDeadline, LocalDate publicationDate,
                      LocalDate evaluationDeadline, Boolean startNow) {

        YearCalendar calendar() {
            YearCalendar d = YearCalendar.defaultsFor(year);
            return new YearCalendar(year, or(mappingOpens, d.mappingOpens()), or(mappingDeadline, d.mappingDeadline()),
                    or(talksOpen, d.talksOpen()), or(talksDeadline, d.talksDeadline()),
                    or(sectorInputOpens, d.sectorInputOpens()), or(sectorInputDeadline, d.sectorInputDeadline()),
                    or(kompetanseforumMeeting, d.kompetanseforumMeeting()), or(consultationMeeting, d.consultationMeeting()),
                    or(approvalDeadline, d.approvalDeadline()), or(publicationDate, d.publicationDate()),
                    or(evaluationDeadline, d.evaluationDeadline()));
        }

        private static LocalDate or(LocalDate given, LocalDate fallback) {
            return given != null ? given : fallback;
        }
    }

    record Started(int year, String processInstanceId, Map<String, LocalDate> calendar) {
    }

    @PreAuthorize("hasRole('hr')")
    @PostMapping
    ResponseEntity<?> start(@RequestBody StartCycle request, Authentication me) {
        // Checked here, after the role check, so that only HR learns what a valid request looks like.
        if (request.year() == null || request.year() < CycleService.FIRST_YEAR || request.year() > CycleService.LAST_YEAR) {
            throw refused(List.of(Map.of("field", "year", "message", texts.forCaller("cycle.start.yearOutOfRange"))), null);
        }
        YearCalendar calendar = request.calendar();
        List<CalendarRules.Problem> outOfOrder = rules.order(calendar, texts::forCaller);
        if (!outOfOrder.isEmpty()) {
            throw refused(fields(outOfOrder), null);
        }
        List<CalendarRules.Problem> past = rules.past(calendar, texts::forCaller);
        if (!past.isEmpty()) {
            if (!Boolean.TRUE.equals(request.startNow())) {
                // nothing is started: the caller sees what "start now" would give, and asks again with it
                throw refused(fields(past), rules.proposal(calendar).dates());
            }
            calendar = rules.proposal(calendar);
        }
        AnnualCycle cycle;
        try {
            cycle = cycles.start(calendar, me.getName());
        } catch (DataIntegrityViolationException e) {
            // Two requests for the same year at the same moment: the other one's row came first.
            if (cycles.exists(request.year())) {
                throw new CycleExistsException(request.year());
            }
            throw e;
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(new Started(cycle.getYear(), cycle.getProcessInstanceId(),
                cycle.calendar().dates()));
    }

    private ErrorResponseException refused(List<Map<String, String>> errors, Map<String, LocalDate> proposal) {
        ProblemDetail refused = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, texts.forCaller("cycle.start.refused"));
        refused.setProperty("errors", errors);
        if (proposal != null) {
            refused.setProperty("proposal", proposal);
            refused.setProperty("hint", texts.forCaller("cycle.start.startNowHint"));
        }
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, refused, null);
    }

    private static List<Map<String, String>> fields(List<CalendarRules.Problem> problems) {
        return problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList();
    }

    @PreAuthorize("hasRole('hr')")
    @GetMapping("/{year}")
    CycleLaunchService.Progress progress(@PathVariable int year) {
        return launch.progress(year);
    }

    /**
     * Launches whoever is missing (new employees, earlier failures), each batch in its own transaction;
     * nothing while the year still waits for the mapping to open.
     */
    @PreAuthorize("hasRole('hr')")
    @PostMapping("/{year}/relaunch")
    CycleLaunchService.Progress relaunch(@PathVariable int year) {
        launch.progress(year);
        if (!launch.startsLateComers(year)) {
            // the year waits for the mapping to open: nobody is started before that
            return launch.progress(year);
        }
        for (Integer batch : transactions.execute(status -> launch.plan(year))) {
            // HR may relaunch the year but holds no engine rights on the personal processes (by
            // design): Årshjul starts them for the year, as the launch batches' jobs do
            transactions.executeWithoutResult(status -> system.run(() -> launch.runBatch(year, batch)));
        }
        return launch.progress(year);
    }
}
