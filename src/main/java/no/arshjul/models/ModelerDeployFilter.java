package no.arshjul.models;

import no.arshjul.forms.FormTexts;
import no.arshjul.engine.SystemEngineCalls;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Camunda Modeler's Deploy button ({@code POST /engine-rest/deployment/create}) goes through the same
 * check as the models page: an invalid model is refused with 400 and a message Modeler shows; a valid
 * one is passed on to the engine's REST API with the forms or processes it needs added (see
 * {@link DeploymentCompletion}), and who deployed it is logged. Callers the engine would refuse
 * anyway are passed on untouched, so they get the engine's 403.
 * Registered for that one path, after Spring Security, so the caller is known (ModelsConfiguration).
 */
class ModelerDeployFilter extends OncePerRequestFilter {

    /** Form fields of Camunda's deployment/create; every other part is a resource. */
    private static final Set<String> FIELDS = Set.of("deployment-name", "deployment-activation-time",
            "enable-duplicate-filtering", "deploy-changed-only", "deployment-source", "tenant-id");
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private final ModelDeployer deployer;
    private final IdentityService identityService;
    private final AuthorizationService authorizationService;
    private final DeploymentLogRepository log;
    private final SystemEngineCalls system;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final FormTexts texts;

    ModelerDeployFilter(ModelDeployer deployer, IdentityService identityService, AuthorizationService authorizationService,
                        DeploymentLogRepository log, SystemEngineCalls system, ObjectMapper mapper, Clock clock,
                        FormTexts texts) {
        this.deployer = deployer;
        this.identityService = identityService;
        this.authorizationService = authorizationService;
        this.log = log;
        this.system = system;
        this.mapper = mapper;
        this.clock = clock;
        this.texts = texts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication caller = identityService.getCurrentAuthentication();
        String contentType = request.getContentType();
        if (!"POST".equals(request.getMethod()) || contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") || !mayDeploy(caller)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] received = request.getInputStream().readNBytes((int) MAX_BYTES + 1);
        if (received.length > MAX_BYTES) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, texts.get("model.modeler.tooLarge"));
            return;
        }
        List<MultipartBody.Part> parts;
        try {
            parts = MultipartBody.parse(received, contentType);
        } catch (IOException unreadable) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts.get("model.modeler.unreadable"));
            return;
        }
        List<MultipartBody.Part> fields = new ArrayList<>();
        List<ModelFile> upload = new ArrayList<>();
        for (MultipartBody.Part part : parts) {
            if (part.isFile() && !FIELDS.contains(part.name())) {
                upload.add(ModelFile.uploaded(part.fileName(), part.content()));
            } else {
                fields.add(part);
            }
        }
        ModelDeployer.Check check = deployer.check(upload);
        if (!check.report().valid()) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, texts.get("model.modeler.notDeployed",
                    check.report().errorText(texts)));
            return;
        }
        List<MultipartBody.Part> body = new ArrayList<>(fields);
        check.all().forEach(file -> body.add(new MultipartBody.Part(file.name(), file.name(), null, file.content())));
        ContentCachingResponseWrapper cached = new ContentCachingResponseWrapper(response);
        chain.doFilter(new BodyRequest(request, MultipartBody.encode(body)), cached);
        if (cached.getStatus() == HttpServletResponse.SC_OK) {
            logDeployment(caller.getUserId(), cached.getContentAsByteArray(), fields);
        }
        cached.copyBodyToResponse();
    }

    private boolean mayDeploy(Authentication caller) {
        return caller != null && caller.getUserId() != null && system.call(() -> authorizationService
                .isUserAuthorized(caller.getUserId(), caller.getGroupIds(), Permissions.CREATE, Resources.DEPLOYMENT));
    }

    private void logDeployment(String user, byte[] answer, List<MultipartBody.Part> fields) {
        try {
            JsonNode deployment = mapper.readTree(answer);
            String name = fields.stream().filter(f -> f.name().equals("deployment-name")).findFirst()
                    .map(f -> new String(f.content(), StandardCharsets.UTF_8)).orElse(null);
            if (deployment.hasNonNull("id")) {
                log.save(new DeploymentLogEntry(deployment.get("id").asText(), user, Instant.now(clock),
                        DeploymentLogEntry.Channel.MODELER, name == null ? null : "Camunda Modeler: " + name));
            }
        } catch (IOException e) {
            logger.warn("Deployed from Camunda Modeler, but could not read the engine's answer to log it", e);
        }
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidModelException");
        body.put("message", message);
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        mapper.writeValue(response.getOutputStream(), body);
    }

    /** The request with a new body, so the engine's REST API reads the checked and completed deployment. */
    private static final class BodyRequest extends HttpServletRequestWrapper {

        private final MultipartBody.Encoded body;

        BodyRequest(HttpServletRequest request, MultipartBody.Encoded body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body.body());
            return new ServletInputStream() {
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
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public String getContentType() {
            return body.contentType();
        }

        @Override
        public int getContentLength() {
            return body.body().length;
        }

        @Override
        public long getContentLengthLong() {
            return body.body().length;
        }

        @Override
        public String getHeader(String name) {
            if ("content-type".equalsIgnoreCase(name)) {
                return getContentType();
            }
            if ("content-length".equalsIgnoreCase(name)) {
                return String.valueOf(getContentLength());
            }
            return super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            String replaced = "content-type".equalsIgnoreCase(name) || "content-length".equalsIgnoreCase(name)
                    ? getHeader(name) : null;
            return replaced != null ? Collections.enumeration(List.of(replaced)) : super.getHeaders(name);
        }
    }
}
