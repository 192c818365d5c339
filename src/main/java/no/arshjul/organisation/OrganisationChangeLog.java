package no.arshjul.organisation;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Records every change of units and roles with who made it and when, and tells the rest of Årshjul
 * ({@link OrganisationChanged}). Runs in the caller's transaction: a refused change leaves no row.
 */
@Service
public class OrganisationChangeLog {

    /** The actor of changes made without a person: the start-up files. */
    public static final String SYSTEM = "system";

    private final OrganisationChangeRepository changes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationChangeLog(OrganisationChangeRepository changes, ApplicationEventPublisher events, Clock clock) {
        this.changes = changes;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(String change, String subjectUserId, String unitCode, String detail) {
        String actor = currentActor();
        Instant at = clock.instant();
        changes.save(new OrganisationChange(at, actor, change, subjectUserId, unitCode, detail));
        events.publishEvent(new OrganisationChanged(actor, subjectUserId, unitCode, change, at));
    }

    /** The latest changes, newest first. */
    @Transactional(readOnly = true)
    public List<OrganisationChange> latest(int count) {
        return changes.findByOrderByChangedAtDescIdDesc(PageRequest.of(0, count));
    }

    static String currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? SYSTEM : authentication.getName();
    }
}
