package no.arshjul.engine;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.SpinRuntimeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Refusals of /engine-rest as 4xx with a Norwegian message, in Camunda's error shape
 * ({@code {type, message}}). Camunda's REST API wraps many refusals as "500 Cannot complete task":
 * a lost race, a task completed meanwhile, unreadable Json. These mappers look at the cause and
 * answer what it is; everything else goes to Camunda's own handling unchanged.
 * Registered with Camunda's Jersey configuration ({@link EngineRestConfiguration}) with a higher
 * priority than Camunda's mappers for the same exception types.
 */
final class EngineRestRefusals {

    private static final Logger log = LoggerFactory.getLogger(EngineRestRefusals.class);
    private static final Locale BOKMAL = Locale.forLanguageTag("nb");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final String TASK_NOT_FOUND = "Cannot find task with id";
    /** Camunda's ENGINE-17xxx text when a Java object would be stored while Java serialization is off. */
    private static final String JAVA_SERIALIZATION_PROHIBITED = "serialization format is prohibited";

    private final MessageSource messages;

    EngineRestRefusals(MessageSource messages) {
        this.messages = messages;
    }

    Response toResponse(Throwable thrown, String path) {
        Response refusal = refusal(thrown, path);
        return refusal != null ? refusal : ExceptionHandlerHelper.getInstance().getResponse(thrown);
    }

    private Response refusal(Throwable thrown, String path) {
        boolean taskCall = path != null && path.contains("task/");
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockingException) {
                return answer(409, t, text(taskCall ? "problem.taskCompletedByOther" : "problem.concurrentChange"));
            }
            if (t instanceof FormFieldValidationException) {
                return answer(400, t, t.getMessage());
            }
            if (t instanceof NotFoundException) {
                return answer(404, t, taskCall ? text("engineRest.taskNotFound") : t.getMessage());
            }
            // Completing and submitting a task that is gone fail with a plain NullValueException.
            if (t instanceof NullValueException && t.getMessage() != null && t.getMessage().contains(TASK_NOT_FOUND)) {
                return answer(404, t, text("engineRest.taskNotFound"));
            }
            if (t instanceof BadUserRequestException) {
                return answer(400, t, t.getMessage());
            }
            if (t instanceof SpinRuntimeException) {
                return answer(400, t, text("engineRest.invalidJson"));
            }
            if (t instanceof ProcessEngineException && t.getMessage() != null
                    && t.getMessage().contains(JAVA_SERIALIZATION_PROHIBITED)) {
                return answer(400, t, text("engineRest.badVariable", t.getMessage()));
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return answer(409, t, text("problem.concurrentChange"));
            }
        }
        // Only the body itself: a JSON error as the cause of a Camunda 400 is a value of the wrong type.
        if (thrown instanceof JsonProcessingException) {
            return answer(400, thrown, text("problem.unreadable"));
        }
        // Camunda's own 400s (a value that does not fit its type...) keep their detail, told in Norwegian first.
        if (thrown instanceof RestException rest && rest.getStatus() == Response.Status.BAD_REQUEST) {
            return answer(400, thrown, text("engineRest.badVariable", thrown.getMessage()));
        }
        return null;
    }

    private Response answer(int status, Throwable cause, String message) {
        log.info("Refused engine REST call: {} {}", status, message);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", cause.getClass().getSimpleName());
        body.put("message", message);
        return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, BOKMAL);
    }

    /** Before Camunda's RestExceptionHandler, which would answer the wrapped cause's 500. */
    @Priority(100)
    static final class RestExceptions implements ExceptionMapper<RestException> {
        private final EngineRestRefusals refusals;
        @Context
        private UriInfo uri;

        RestExceptions(EngineRestRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public Response toResponse(RestException e) {
            return refusals.toResponse(e, uri == null ? null : uri.getPath());
        }
    }

    /** Before Camunda's ProcessEngineExceptionHandler. */
    @Priority(100)
    static final class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
        private final EngineRestRefusals refusals;
        @Context
        private UriInfo uri;

        EngineExceptions(EngineRestRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return refusals.toResponse(e, uri == null ? null : uri.getPath());
        }
    }

    /** Before Camunda's JsonParseExceptionHandler, which answers in English. */
    @Priority(100)
    static final class JsonParseExceptions implements ExceptionMapper<JsonParseException> {
        private final EngineRestRefusals refusals;

        JsonParseExceptions(EngineRestRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public Response toResponse(JsonParseException e) {
            return refusals.toResponse(e, null);
        }
    }

    @Priority(100)
    static final class JsonMappingExceptions implements ExceptionMapper<JsonMappingException> {
        private final EngineRestRefusals refusals;

        JsonMappingExceptions(EngineRestRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public Response toResponse(JsonMappingException e) {
            return refusals.toResponse(e, null);
        }
    }

    /** Runtime exceptions from outside the engine's hierarchy (Spin, the database) that Camunda answers 500. */
    @Priority(100)
    static final class OtherExceptions implements ExceptionMapper<RuntimeException> {
        private final EngineRestRefusals refusals;
        @Context
        private UriInfo uri;

        OtherExceptions(EngineRestRefusals refusals) {
            this.refusals = refusals;
        }

        @Override
        public Response toResponse(RuntimeException e) {
            return refusals.toResponse(e, uri == null ? null : uri.getPath());
        }
    }
}
