package no.arshjul.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone logged in with an initial password does nothing else before changing it: pages send them
 * to the change page, the API and the engine's REST answer 403 saying so. Not a Spring bean: it
 * belongs inside the security chains.
 */
class MustChangePasswordFilter extends OncePerRequestFilter {

    static final String PAGE = "/passord";
    /**
     * The person this session has seen with a password that need not be changed. A password must be
     * changed only when it is first given, so once it need not, it never will: the session stops asking.
     */
    static final String SETTLED = MustChangePasswordFilter.class.getName() + ".settledFor";
    /** What a person may reach before changing: the change page itself, log-out and the page's assets. */
    private static final List<String> OPEN = List.of(PAGE, "/logout", "/login", "/css/", "/js/", "/favicon.ico", "/error");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CredentialService credentials;
    private final Texts texts;
    private final boolean pages;

    MustChangePasswordFilter(CredentialService credentials, Texts texts, boolean pages) {
        this.credentials = credentials;
        this.texts = texts;
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // Only password log-ins can carry an initial password; the provider's people never do.
        if (!(authentication instanceof UsernamePasswordAuthenticationToken) || !authentication.isAuthenticated()
                || settled(request, authentication.getName())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (pages && OPEN.stream().anyMatch(open -> path.equals(open) || (open.endsWith("/") && path.startsWith(open)))) {
            chain.doFilter(request, response);
            return;
        }
        if (pages) {
            response.sendRedirect(request.getContextPath() + PAGE);
            return;
        }
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", texts.forCaller("problem.title.forbidden"));
        problem.put("status", HttpStatus.FORBIDDEN.value());
        problem.put("detail", texts.forCaller("password.mustChange"));
        problem.put("instance", path);
        JSON.writeValue(response.getWriter(), problem);
    }

    private boolean settled(HttpServletRequest request, String userId) {
        HttpSession session = request.getSession(false);
        if (session != null && userId.equals(session.getAttribute(SETTLED))) {
            return true;
        }
        if (credentials.mustChangePassword(userId)) {
            return false;
        }
        if (session != null) {
            session.setAttribute(SETTLED, userId);
        }
        return true;
    }
}
