package no.arshjul.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Caps JSON bodies of /api and /engine-rest (drafts, completions, variables) so one request cannot
 * fill memory or the database. Uploads (multipart) have their own, larger limits. On /api the
 * body fails when read, so the refusal (413) comes in the API's one error shape; /engine-rest
 * gets Camunda's error shape ({type, message}) straight away.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final String engineRestRefusal;

    RequestBodyLimit(long limit, String engineRestRefusal) {
        this.limit = limit;
        this.engineRestRefusal = engineRestRefusal;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean engineRest = request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
        if (engineRest && request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"RequestTooLargeException\",\"message\":\"" + engineRestRefusal + "\"}");
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), getContentLengthLong() > limit, limit);
            }
            return stream;
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream body;
        private final boolean declaredTooLarge;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream body, boolean declaredTooLarge, long limit) {
            this.body = body;
            this.declaredTooLarge = declaredTooLarge;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            check(0);
            int b = body.read();
            if (b >= 0) {
                check(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            check(0);
            int n = body.read(buffer, offset, length);
            if (n > 0) {
                check(n);
            }
            return n;
        }

        private void check(int more) throws RequestBodyTooLargeException {
            read += more;
            if (declaredTooLarge || read > limit) {
                throw new RequestBodyTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return body.isFinished();
        }

        @Override
        public boolean isReady() {
            return body.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            body.setReadListener(listener);
        }
    }
}
