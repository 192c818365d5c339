package no.arshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The log-in session store as Spring Session JDBC keeps it, with two writes and reads less per
 * request. Without it every request writes the session's row only to move its last access time,
 * and reads the row a second time right after writing it (spring-session issue 1731): two
 * statements and a commit per request that change nothing a person notices.
 * <ul>
 * <li>The last access is written when the one stored is a minute old or more, so an idle session
 * ends 29 to 30 minutes after its last request instead of exactly 30.</li>
 * <li>A session written in a request is answered from memory when the same request asks for it
 * again. {@link RequestScope} wraps Spring Session's filter and forgets it when the request ends,
 * so the next request reads the database, which may have a newer state from another node.</li>
 * </ul>
 */
final class QuietSessionRepository implements FindByIndexNameSessionRepository<QuietSessionRepository.QuietSession> {

    static final Duration LAST_ACCESS_RECORDED_EVERY = Duration.ofMinutes(1);

    private static final ThreadLocal<Map<String, QuietSession>> SAVED_IN_THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<Session> store;

    @SuppressWarnings({"unchecked", "rawtypes"})
    QuietSessionRepository(FindByIndexNameSessionRepository<? extends Session> store) {
        this.store = (FindByIndexNameSessionRepository) store;
    }

    @Override
    public QuietSession createSession() {
        return new QuietSession(store.createSession());
    }

    @Override
    public void save(QuietSession session) {
        store.save(session.stored);
        Map<String, QuietSession> saved = SAVED_IN_THIS_REQUEST.get();
        if (saved != null) {
            saved.put(session.getId(), session);
        }
    }

    @Override
    public QuietSession findById(String id) {
        Map<String, QuietSession> saved = SAVED_IN_THIS_REQUEST.get();
        if (saved != null && saved.containsKey(id)) {
            return saved.get(id);
        }
        Session stored = store.findById(id);
        return stored == null ? null : new QuietSession(stored);
    }

    @Override
    public void deleteById(String id) {
        Map<String, QuietSession> saved = SAVED_IN_THIS_REQUEST.get();
        if (saved != null) {
            saved.remove(id);
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, QuietSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, QuietSession> found = new HashMap<>();
        store.findByIndexNameAndIndexValue(indexName, indexValue).forEach((id, stored) -> found.put(id, new QuietSession(stored)));
        return found;
    }

    /** Must run outside Spring Session's filter, so the sessions it saved are forgotten after it. */
    static final class RequestScope extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            SAVED_IN_THIS_REQUEST.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                SAVED_IN_THIS_REQUEST.remove();
            }
        }
    }

    static final class QuietSession implements Session {

        private final Session stored;

        private QuietSession(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (Duration.between(stored.getLastAccessedTime(), lastAccessedTime).compareTo(LAST_ACCESS_RECORDED_EVERY) >= 0) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            stored.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
