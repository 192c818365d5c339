package no.arshjul.api;

import no.arshjul.web.ControlCharacterException;
import no.arshjul.web.RequestBodyTooLargeException;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.servlet.http.HttpServletRequest;
import no.arshjul.competence.CompetenceValidationException;
import no.arshjul.competence.UnknownCatalogueItemException;
import no.arshjul.cycle.CycleExistsException;
import no.arshjul.cycle.UnknownCycleException;
import no.arshjul.forms.FormValidationException;
import no.arshjul.models.InvalidModelException;
import no.arshjul.models.MigrationRefusedException;
import no.arshjul.models.UnknownModelException;
import no.arshjul.organisation.ImportRejectedException;
import no.arshjul.organisation.UnknownEmployeeException;
import no.arshjul.tasks.TaskGoneException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every refusal of Årshjul's API (/api/**) in one shape: RFC 9457 problem details
 * ({@code application/problem+json}) with a Norwegian title and detail, plus {@code message} (the
 * detail again) and {@code errors} (what was wrong where: field, line, file, element) for the
 * clients and tests written against the earlier shape. Pages keep Spring's error pages: for any
 * other path the exception is handed back unhandled.
 */
@RestControllerAdvice
public class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);
    /** SQLSTATE of a unique key violation, in PostgreSQL and H2 alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final MessageSource messages;

    public ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    // --- Refusals with a list of what was wrong ------------------------------------------------

    @ExceptionHandler(FormValidationException.class)
    ResponseEntity<ProblemDetail> formRefused(FormValidationException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.BAD_REQUEST, "validation", e.getMessage(), e.getErrors()));
    }

    @ExceptionHandler(CompetenceValidationException.class)
    ResponseEntity<ProblemDetail> competenceRefused(CompetenceValidationException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.BAD_REQUEST, "validation", told(e), e.getErrors()));
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<ProblemDetail> importRejected(ImportRejectedException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.BAD_REQUEST, "validation", e.getMessage(), e.getErrors()));
    }

    @ExceptionHandler(InvalidModelException.class)
    ResponseEntity<ProblemDetail> invalidModel(InvalidModelException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> {
            ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "invalid-model",
                    text("problem.invalidModel"), e.errorViews());
            response.getBody().setProperty("warnings", e.warningViews());
            return response;
        });
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidArguments(MethodArgumentNotValidException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> {
            List<FieldProblem> errors = new ArrayList<>();
            e.getBindingResult().getFieldErrors().forEach(f -> errors.add(new FieldProblem(f.getField(), f.getDefaultMessage())));
            e.getBindingResult().getGlobalErrors().forEach(g -> errors.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
            errors.sort(Comparator.comparing(FieldProblem::field).thenComparing(FieldProblem::message));
            return problem(HttpStatus.BAD_REQUEST, "validation", text("problem.invalidFields", errors.size()), errors);
        });
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> {
            RequestBodyTooLargeException tooLarge = cause(e, RequestBodyTooLargeException.class);
            if (tooLarge != null) {
                return tooLarge(tooLarge.getLimit());
            }
            ControlCharacterException control = cause(e, ControlCharacterException.class);
            if (control != null) {
                String field = path(control);
                return problem(HttpStatus.BAD_REQUEST, "validation", text("problem.invalidFields", 1),
                        List.of(new FieldProblem(field, text("problem.controlCharacter", field))));
            }
            JsonMappingException mapping = cause(e, JsonMappingException.class);
            if (mapping != null && !mapping.getPath().isEmpty()) {
                return problem(HttpStatus.BAD_REQUEST, "validation", text("problem.invalidFields", 1),
                        List.of(new FieldProblem(path(mapping), text("problem.wrongFormat"))));
            }
            return problem(HttpStatus.BAD_REQUEST, "unreadable", text("problem.unreadable"), List.of());
        });
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.BAD_REQUEST, "unreadable",
                text("problem.missingPart", e.getRequestPartName()), List.of()));
    }

    /** "/api/leader/overview?year=abc": the parameter or path segment named, with what it should be. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> {
            Class<?> type = e.getRequiredType();
            String expected = text(type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class)
                    ? "problem.typeMismatch.number" : "problem.typeMismatch.other");
            FieldProblem problem = new FieldProblem(e.getName(), text("problem.typeMismatch", e.getName(),
                    String.valueOf(e.getValue()), expected));
            return problem(HttpStatus.BAD_REQUEST, "validation", text("problem.invalidFields", 1), List.of(problem));
        });
    }

    @ExceptionHandler(MigrationRefusedException.class)
    ResponseEntity<ProblemDetail> migrationRefused(MigrationRefusedException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.BAD_REQUEST, "refused", e.getMessage(), List.of()));
    }

    // --- Not found, not allowed, too late, too large -------------------------------------------

    @ExceptionHandler({TaskGoneException.class, UnknownEmployeeException.class, UnknownCatalogueItemException.class,
            UnknownModelException.class, UnknownCycleException.class})
    ResponseEntity<ProblemDetail> notFound(RuntimeException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.NOT_FOUND, "not-found", told(e), List.of()));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationException.class})
    ResponseEntity<ProblemDetail> denied(RuntimeException e, HttpServletRequest request) throws Exception {
        String path = apiPath(request);
        String key = path.startsWith("/api/tasks") ? "problem.deniedTask"
                : path.startsWith("/api/models") ? "problem.deniedModels" : "problem.denied";
        return api(request, e, () -> problem(HttpStatus.FORBIDDEN, "forbidden", text(key), List.of()));
    }

    @ExceptionHandler(CycleExistsException.class)
    ResponseEntity<ProblemDetail> cycleExists(CycleExistsException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.CONFLICT, "conflict", told(e), List.of()));
    }

    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ResponseEntity<ProblemDetail> claimed(TaskAlreadyClaimedException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.CONFLICT, "conflict", text("problem.taskClaimed"), List.of()));
    }

    /** Two people saved the same thing at the same moment; the other one won. */
    @ExceptionHandler({OptimisticLockingException.class, OptimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> lostRace(RuntimeException e, HttpServletRequest request) throws Exception {
        String key = apiPath(request).startsWith("/api/tasks") ? "problem.taskCompletedByOther" : "problem.concurrentChange";
        return api(request, e, () -> problem(HttpStatus.CONFLICT, "conflict", text(key), List.of()));
    }

    /**
     * A unique key that another request filled a moment earlier is a lost race; any other violation is
     * a bug. Hibernate's own exception arrives when a batch is flushed inside a service (a bulk import).
     */
    @ExceptionHandler({DataIntegrityViolationException.class, ConstraintViolationException.class})
    ResponseEntity<ProblemDetail> integrity(RuntimeException e, HttpServletRequest request) throws Exception {
        SQLException sql = cause(e, SQLException.class);
        if (sql == null || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
            return unexpected(e, request);
        }
        return api(request, e, () -> problem(HttpStatus.CONFLICT, "conflict", text("problem.concurrentChange"), List.of()));
    }

    @ExceptionHandler(RequestBodyTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(RequestBodyTooLargeException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> tooLarge(e.getLimit()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) throws Exception {
        return api(request, e, () -> problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", text("problem.uploadTooLarge"), List.of()));
    }

    /**
     * Everything else: Spring's own refusals (wrong method, media type, parameter...) keep their
     * status with a Norwegian text; anything without a status is a bug, logged with its stack trace.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AuthenticationException) {
            throw e;
        }
        return api(request, e, () -> {
            if (e instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
                // Årshjul's own (a ResponseStatusException with a reason, an ErrorResponseException a
                // controller built) carry a Norwegian detail; Spring's own get one from the message files.
                HttpStatusCode status = error.getStatusCode();
                boolean own = e instanceof ResponseStatusException rse ? rse.getReason() != null
                        : e.getClass() == ErrorResponseException.class;
                String detail = own ? error.getBody().getDetail()
                        : messages.getMessage("problem.detail." + status.value(), null, text("problem.detail.400"),
                        LocaleContextHolder.getLocale());
                Map<String, Object> properties = error.getBody().getProperties();
                List<?> errors = properties != null && properties.get("errors") instanceof List<?> list ? list : List.of();
                ResponseEntity<ProblemDetail> refused = problem(status, status.value() == 404 ? "not-found" : "refused", detail, errors);
                if (own && properties != null) {
                    // what a controller adds besides the errors (the calendar's proposal, for one) is kept
                    properties.forEach((key, value) -> {
                        if (!refused.getBody().getProperties().containsKey(key)) {
                            refused.getBody().setProperty(key, value);
                        }
                    });
                }
                return refused;
            }
            log.error("Unexpected error serving {} {}", request.getMethod(), request.getRequestURI(), e);
            return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", text("problem.internal"), List.of());
        });
    }

    // --- The shape -------------------------------------------------------------------------------

    /** One entry of {@code errors} where there is no richer type: the field and what is wrong with it. */
    public record FieldProblem(String field, String message) {
    }

    private interface Answer {
        ResponseEntity<ProblemDetail> get();
    }

    /** Only Årshjul's API answers with problem details; elsewhere Spring's usual handling applies. */
    private ResponseEntity<ProblemDetail> api(HttpServletRequest request, Exception e, Answer answer) throws Exception {
        if (!apiPath(request).startsWith("/api/")) {
            throw e;
        }
        ResponseEntity<ProblemDetail> response = answer.get();
        ProblemDetail problem = response.getBody();
        problem.setInstance(URI.create(request.getRequestURI()));
        if (response.getStatusCode().is4xxClientError()) {
            log.info("Refused {} {}: {} {}", request.getMethod(), request.getRequestURI(),
                    response.getStatusCode().value(), problem.getDetail());
        }
        return response;
    }

    private ResponseEntity<ProblemDetail> tooLarge(long limit) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "too-large", text("problem.tooLarge", RequestBodyTooLargeException.readable(limit)),
                List.of());
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String type, String detail, List<?> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:arshjul:problem:" + type));
        problem.setTitle(messages.getMessage("problem.title." + type, null, text("problem.title.refused"),
                LocaleContextHolder.getLocale()));
        problem.setProperty("message", detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.status(status).body(problem);
    }

    /** An exception that names its text in the message files is told in the caller's language. */
    private String told(RuntimeException e) {
        return e instanceof MessageSourceResolvable resolvable
                ? messages.getMessage(resolvable, LocaleContextHolder.getLocale()) : e.getMessage();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }

    private static String apiPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The field as the client named it: {@code measures[1].title}. */
    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining()).replaceFirst("^\\.", "");
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
