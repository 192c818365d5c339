package no.arshjul.planning;

import no.arshjul.web.Texts;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The follow-up of the SKUP's measures as JSON: HR records status and spend
 * ({@code PATCH}/{@code PUT /api/planning/{planYear}/measures/{measureId}}); HR, the rådmann and
 * Kompetanseforum read the measures, their history and the tertial reports. Statuses are sent as
 * codes and answered with their words ({@code statusText}) in the caller's language.
 */
@RestController
@RequestMapping("/api/planning/{planYear}")
class SkupMeasureApiController {

    private final SkupMeasureProgress progress;
    private final TertialReports reports;
    private final Texts texts;

    SkupMeasureApiController(SkupMeasureProgress progress, TertialReports reports, Texts texts) {
        this.progress = progress;
        this.reports = reports;
        this.texts = texts;
    }

    record MeasureView(long id, int priority, String title, String targetGroup, String responsible, String period,
                       BigDecimal budgetNok, String status, String statusText, BigDecimal spentNok,
                       BigDecimal deviationNok, String comment, Instant updatedAt, String updatedBy, long version) {
    }

    record ChangeView(long measureId, Instant changedAt, String changedBy, String changedByName, String fromStatus,
                      String fromStatusText, String toStatus, String toStatusText, BigDecimal fromSpentNok,
                      BigDecimal toSpentNok, String comment) {
    }

    record ProgressView(int planYear, boolean adopted, List<MeasureView> measures, BigDecimal totalBudgetNok,
                        BigDecimal totalSpentNok, BigDecimal totalDeviationNok) {
    }

    record ReportLineView(long measureId, int priority, String title, String responsible, String status,
                          String statusText, BigDecimal budgetNok, BigDecimal spentNok, BigDecimal deviationNok,
                          String comment) {
    }

    record ReportView(int planYear, int tertial, String from, String to, String asOf, boolean complete,
                      List<ReportLineView> measures, BigDecimal totalBudgetNok, BigDecimal totalSpentNok,
                      BigDecimal totalDeviationNok, Map<SkupMeasureStatus, Long> countByStatus) {
    }

    @GetMapping("/measures")
    ProgressView measures(@PathVariable int planYear, Authentication me) {
        reports.checkReader(me);
        SkupMeasureProgress.YearProgress year = progress.of(planYear);
        return new ProgressView(year.planYear(), year.adopted(), year.measures().stream().map(this::view).toList(),
                year.totalBudgetNok(), year.totalSpentNok(), year.totalDeviationNok());
    }

    @GetMapping("/measures/{measureId}/history")
    List<ChangeView> history(@PathVariable int planYear, @PathVariable long measureId, Authentication me) {
        reports.checkReader(me);
        return progress.history(planYear, measureId).stream().map(c -> new ChangeView(c.measureId(), c.changedAt(),
                c.changedBy(), c.changedByName(), c.fromStatus().name(), word(c.fromStatus()), c.toStatus().name(),
                word(c.toStatus()), c.fromSpent(), c.toSpent(), c.comment())).toList();
    }

    @PatchMapping("/measures/{measureId}")
    MeasureView change(@PathVariable int planYear, @PathVariable long measureId,
                       @RequestBody SkupMeasureProgress.Update update, Authentication me) {
        reports.checkHr(me);
        return view(progress.update(planYear, measureId, update, me.getName(), false));
    }

    @PutMapping("/measures/{measureId}")
    MeasureView replace(@PathVariable int planYear, @PathVariable long measureId,
                        @RequestBody SkupMeasureProgress.Update update, Authentication me) {
        reports.checkHr(me);
        return view(progress.update(planYear, measureId, update, me.getName(), true));
    }

    @GetMapping("/tertial-reports/{tertial}")
    ReportView report(@PathVariable int planYear, @PathVariable int tertial, Authentication me) {
        reports.checkReader(me);
        TertialReport r = reports.report(planYear, tertial);
        return new ReportView(r.planYear(), r.tertial(), r.from().toString(), r.to().toString(), r.asOf().toString(),
                r.complete(), r.lines().stream().map(l -> new ReportLineView(l.measureId(), l.priority(), l.title(),
                        l.responsible(), l.status().name(), word(l.status()), l.budgetNok(), l.spentNok(),
                        l.deviationNok(), l.comment())).toList(),
                r.totalBudgetNok(), r.totalSpentNok(), r.totalDeviationNok(), r.countByStatus());
    }

    /**
     * Two saves of the same measure at the same moment: the one that came second is told to look
     * again (409), whether the database noticed by the version or by a lock it waited for.
     */
    @ExceptionHandler(ConcurrencyFailureException.class)
    ResponseEntity<ProblemDetail> lostRace(ConcurrencyFailureException e) {
        String message = texts.forCaller("skupMeasure.refused.changedMeanwhile");
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, message);
        problem.setType(URI.create("urn:arshjul:problem:conflict"));
        problem.setTitle(texts.forCaller("problem.title.conflict"));
        problem.setProperty("message", message);
        problem.setProperty("errors", List.of(Map.of("field", "version", "message", message)));
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private MeasureView view(SkupMeasureProgress.Line l) {
        return new MeasureView(l.id(), l.priority(), l.title(), l.targetGroup(), l.responsible(), l.period(),
                l.budgetNok(), l.status().name(), word(l.status()), l.spentNok(), l.deviationNok(), l.comment(),
                l.updatedAt(), l.updatedBy(), l.version());
    }

    private String word(SkupMeasureStatus status) {
        return texts.forCaller("skupMeasureStatus." + status);
    }
}
