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

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Caps JSON bodies of /api and /engine-rest (drafts, completions, variables) so one request cannot
 * fill memory or the database. Uploads (multipart) have their own, larger limits, and so do files
 * sent as the body itself (text/csv: HR's payroll and units files, several MB in a large
 * municipality), which get the same limit as an uploaded file. On /api the
 * body fails when read, so the refusal (413) comes in the API's one error shape; /engine-rest
 * gets Camunda's error shape ({type, message}) straight away.
 */
class RequestBodyLimit extends OncePerRequestFilter {

    private final long limit;
    private final long fileLimit;
    private final String engineRestRefusal;

    RequestBodyLimit(long limit, long fileLimit, String engineRestRefusal) {
        this.limit = limit;
        this.fileLimit = fileLimit;
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
        if (!engineRest) {
            chain.doFilter(new LimitedRequest(request, isFile(request) ? fileLimit : limit), response);
            return;
        }
        // Camunda's Jersey resources would turn a failing read into a 500: measure the body first.
        if (request.getContentLengthLong() > limit) {
            refuseEngineRest(response);
            return;
        }
        if (request.getContentLengthLong() >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            refuseEngineRest(response);
            return;
        }
        chain.doFilter(new BufferedRequest(request, body), response);
    }

    private static boolean isFile(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("text/csv");
    }

    /** The limit as people read it: "1 MB", "512 kB". */
    static String readable(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " kB";
    }

    private void refuseEngineRest(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"RequestTooLargeException\",\"message\":\"" + engineRestRefusal + "\"}");
    }

    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
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
