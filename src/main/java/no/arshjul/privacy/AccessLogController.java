package no.arshjul.privacy;

import no.arshjul.AccessLog;
import no.arshjul.EngineClock;
import no.arshjul.web.Texts;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** The data protection officer's search of the access log, as an API and a page; no one else's. */
@Controller
@PreAuthorize("hasRole('personvernombud')")
class AccessLogController {

    private final AccessLogService log;
    private final Texts texts;

    AccessLogController(AccessLogService log, Texts texts) {
        this.log = log;
        this.texts = texts;
    }

    /** {@code from} and {@code to} are days (yyyy-MM-dd, Oslo time), both included. */
    @GetMapping("/api/privacy/access-log")
    @ResponseBody
    List<AccessLog.Entry> search(@RequestParam(required = false) String subject,
                                 @RequestParam(required = false) String actor,
                                 @RequestParam(required = false) String from,
                                 @RequestParam(required = false) String to) {
        Criteria criteria = Criteria.of(subject, actor, from, to, texts);
        return log.search(criteria.subject(), criteria.actor(), criteria.from(), criteria.to());
    }

    @GetMapping("/personvern")
    String page(@RequestParam(required = false) String subject, @RequestParam(required = false) String actor,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                Model model) {
        model.addAttribute("subject", subject);
        model.addAttribute("actor", actor);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("limit", AccessLogService.SEARCH_LIMIT);
        try {
            Criteria criteria = Criteria.of(subject, actor, from, to, texts);
            model.addAttribute("entries", log.search(criteria.subject(), criteria.actor(), criteria.from(), criteria.to()));
        } catch (ErrorResponseException refused) {
            model.addAttribute("error", refused.getBody().getDetail());
            model.addAttribute("entries", List.of());
        }
        return "personvern";
    }

    record Criteria(String subject, String actor, Instant from, Instant to) {

        static Criteria of(String subject, String actor, String from, String to, Texts texts) {
            LocalDate fromDay = day("from", from, texts);
            LocalDate toDay = day("to", to, texts);
            if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
                throw refused("to", texts.forCaller("privacy.search.toBeforeFrom"));
            }
            return new Criteria(blankToNull(subject), blankToNull(actor),
                    fromDay == null ? null : fromDay.atStartOfDay(EngineClock.OSLO).toInstant(),
                    toDay == null ? null : toDay.plusDays(1).atStartOfDay(EngineClock.OSLO).toInstant());
        }

        private static LocalDate day(String field, String value, Texts texts) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                throw refused(field, texts.forCaller("privacy.search.badDate", field));
            }
        }

        private static ErrorResponseException refused(String field, String message) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, message);
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
            return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.trim();
        }
    }
}
