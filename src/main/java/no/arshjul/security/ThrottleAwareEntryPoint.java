package no.arshjul.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import no.arshjul.web.Texts;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** HTTP Basic's answer to a locked name is 429 with Retry-After; other failures go to the usual entry point. */
class ThrottleAwareEntryPoint implements AuthenticationEntryPoint {

    private final AuthenticationEntryPoint otherwise;
    private final Duration retryAfter;
    private final Texts texts;

    ThrottleAwareEntryPoint(AuthenticationEntryPoint otherwise, Duration retryAfter, Texts texts) {
        this.otherwise = otherwise;
        this.retryAfter = retryAfter;
        this.texts = texts;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException, ServletException {
        if (!(failure instanceof LoginThrottledException)) {
            otherwise.commence(request, response, failure);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter.toSeconds()));
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(texts.forRequest(request, "login.locked"));
    }
}
