package no.arshjul.planning;

import no.arshjul.EngineClock;
import no.arshjul.security.Roles;
import no.arshjul.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The tertial reports on the adopted SKUP's measures, and who may read the follow-up: HR, who writes
 * it, and the rådmann and Kompetanseforum, who receive it. Nobody else (an ordinary employee, a
 * leader, a union representative) reads it here.
 */
@Service
public class TertialReports {

    static final Set<String> READERS = Set.of("hr", "radmann", "kompetanseforum");

    private final SkupPlanRepository plans;
    private final SkupMeasureChangeRepository changes;
    private final Texts texts;
    private final Clock clock;

    TertialReports(SkupPlanRepository plans, SkupMeasureChangeRepository changes, Texts texts, Clock clock) {
        this.plans = plans;
        this.changes = changes;
        this.texts = texts;
        this.clock = clock;
    }

    /** Refuses (403) anyone who may not read the follow-up of the measures and the tertial reports. */
    void checkReader(Authentication me) {
        if (Roles.groupIds(me).stream().noneMatch(READERS::contains)) {
            throw new AccessDeniedException(texts.forCaller("skupMeasure.denied.read"));
        }
    }

    /** Refuses (403) anyone but HR. */
    void checkHr(Authentication me) {
        if (!Roles.groupIds(me).contains("hr")) {
            throw new AccessDeniedException(texts.forCaller("skupMeasure.denied.update"));
        }
    }

    static boolean isHr(Authentication me) {
        return Roles.groupIds(me).contains("hr");
    }

    /** The report of a tertial (1–3) of an adopted plan's year; 400 for another tertial, 404 without an adopted plan. */
    @Transactional(readOnly = true)
    public TertialReport report(int planYear, int tertial) {
        if (!TertialReport.validTertial(tertial)) {
            throw SkupMeasureRefusal.of(HttpStatus.BAD_REQUEST, "tertial", texts.forCaller("skupMeasure.refused.tertial"));
        }
        SkupPlan plan = plans.findByPlanYear(planYear).filter(SkupPlan::isAdopted)
                .orElseThrow(() -> SkupMeasureRefusal.of(HttpStatus.NOT_FOUND, "planYear",
                        texts.forCaller("skupMeasure.noAdoptedPlan", String.valueOf(planYear))));
        List<SkupMeasureChange> kept = changes.findByPlanYearOrderByChangedAtAscIdAsc(planYear);
        return TertialReport.of(planYear, tertial, List.copyOf(plan.getMeasures()), kept, Instant.now(clock), EngineClock.OSLO);
    }
}
