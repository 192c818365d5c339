package no.arshjul.privacy;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;
import no.arshjul.AccessLog;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The access log: written by the features that read someone's personal data, searched by the data
 * protection officer, shown to each person on Min side. Rows are kept as long as the person's other
 * records ({@link RetentionService} deletes them with the person).
 */
@Service
@Transactional(readOnly = true)
public class AccessLogService implements AccessLog {

    /** At most this many rows answer one search: the officer narrows by person or dates for more. */
    public static final int SEARCH_LIMIT = 1000;
    private static final int MIN_SIDE_LIMIT = 500;

    private final AccessLogRepository entries;
    private final OrganisationService organisation;
    private final Clock clock;

    AccessLogService(AccessLogRepository entries, OrganisationService organisation, Clock clock) {
        this.entries = entries;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * MANDATORY: the row is written in the caller's transaction, the one the data is read in. It is
     * committed when the reading service returns, before the page or file is rendered from what was
     * read; a page that then fails to render still leaves the record. A read that fails rolls its
     * record back with it, so the log never claims more or less than what left the database.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordRead(String actorUserId, String subjectUserId, What what) {
        if (actorUserId == null || actorUserId.equals(subjectUserId)) {
            return;
        }
        entries.save(new AccessLogEntry(Instant.now(clock), actorUserId, subjectUserId, what, currentPath(), null));
    }

    /**
     * A change of roles or units, recorded by whoever makes it (a listener of the organisation's
     * change events): who changed what, about whom if it concerns one person ({@code subjectUserId}
     * may be null for a unit), with a short description. Joins the caller's transaction if there is one.
     */
    @Transactional
    public void recordOrganisationChange(String actorUserId, String subjectUserId, What what, String detail) {
        if (what != What.ROLE_CHANGE && what != What.UNIT_CHANGE) {
            throw new IllegalArgumentException("Not an organisation change: " + what);
        }
        entries.save(new AccessLogEntry(Instant.now(clock), actorUserId == null ? "system" : actorUserId,
                subjectUserId, what, currentPath(), detail == null ? null : truncate(detail, 1000)));
    }

    @Override
    public List<Entry> readsOf(String subjectUserId) {
        return view(entries.findBySubjectUserIdOrderByOccurredAtDescIdDesc(subjectUserId,
                PageRequest.ofSize(MIN_SIDE_LIMIT)));
    }

    /** Every row about the person, with no limit: what innsyn hands over. */
    List<Entry> everythingAbout(String subjectUserId) {
        return view(entries.findBySubjectUserIdOrderByOccurredAtDescIdDesc(subjectUserId, PageRequest.ofSize(Integer.MAX_VALUE)));
    }

    /** The officer's search; each criterion may be null. {@code to} is exclusive. Newest first. */
    public List<Entry> search(String subject, String actor, Instant from, Instant to) {
        Specification<AccessLogEntry> where = (root, query, cb) -> {
            List<Predicate> all = new ArrayList<>();
            if (subject != null) {
                all.add(cb.equal(root.get("subjectUserId"), subject));
            }
            if (actor != null) {
                all.add(cb.equal(root.get("actorUserId"), actor));
            }
            if (from != null) {
                all.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from));
            }
            if (to != null) {
                all.add(cb.lessThan(root.get("occurredAt"), to));
            }
            return cb.and(all.toArray(Predicate[]::new));
        };
        return view(entries.findAll(where, PageRequest.of(0, SEARCH_LIMIT,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")))).getContent());
    }

    @Transactional
    int deleteAbout(String subjectUserId) {
        return entries.deleteBySubject(subjectUserId);
    }

    @Transactional
    int deleteOlderThan(Instant before) {
        return entries.deleteOlderThan(before);
    }

    private List<Entry> view(Collection<AccessLogEntry> rows) {
        Set<String> actors = rows.stream().map(AccessLogEntry::getActorUserId).collect(Collectors.toSet());
        Map<String, String> names = organisation.employeesWithUserIds(actors).stream()
                .collect(Collectors.toMap(Employee::getUserId, Employee::getFullName, (a, b) -> a));
        Function<String, String> name = id -> names.getOrDefault(id, id);
        return rows.stream().map(e -> new Entry(e.getOccurredAt(), e.getActorUserId(), name.apply(e.getActorUserId()),
                e.getSubjectUserId(), e.getWhat(), e.getPath(), e.getDetail())).toList();
    }

    private static String currentPath() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String query = request.getQueryString();
            return truncate(request.getRequestURI() + (query == null ? "" : "?" + query), 1000);
        }
        return null;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
