package no.arshjul.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A person logged in through the log-in form, with a session cookie and the page's CSRF token, as a browser has. */
public final class LoggedInSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    private LoggedInSession(int port) {
        this.base = "http://localhost:" + port;
    }

    public static LoggedInSession logIn(int port, String user, String password) throws IOException, InterruptedException {
        LoggedInSession session = new LoggedInSession(port);
        String token = csrf(session.get("/login").body());
        HttpResponse<String> login = session.post("/login", "username=" + user + "&password=" + password + "&_csrf=" + token);
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Log-in failed for " + user);
        }
        return session;
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a form from the page at {@code fromPage}, with that page's CSRF token. */
    public HttpResponse<String> submit(String fromPage, String path, String form) throws IOException, InterruptedException {
        String token = csrf(get(fromPage).body());
        return post(path, form + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** Uploads one file as the page at {@code fromPage} would (multipart, with that page's CSRF token). */
    public HttpResponse<String> upload(String fromPage, String path, String field, String fileName, byte[] content)
            throws IOException, InterruptedException {
        String token = csrf(get(fromPage).body());
        String boundary = "arshjul-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("No CSRF token on the page");
        }
        return m.group(1) != null ? m.group(1) : m.group(2);
    }
}
