package no.arshjul.tasks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.security.Roles;
import no.arshjul.tasks.TaskInboxService.TaskForm;
import no.arshjul.tasks.TaskInboxService.TaskSummary;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** "Mine oppgaver": the person's tasks, and one task's form with what they need beside it. */
@Controller
class InboxController {

    private static final List<String> SCRIPT_MESSAGES = List.of("draftSaved", "fixErrors", "refused", "gone", "denied", "failed");

    private final TaskInboxService inbox;
    private final DraftService drafts;
    private final TaskContextService contexts;
    private final OrganisationService organisation;
    private final MessageSource messages;
    private final ObjectMapper mapper;
    private final Clock clock;

    InboxController(TaskInboxService inbox, DraftService drafts, TaskContextService contexts,
                    OrganisationService organisation, MessageSource messages, ObjectMapper mapper, Clock clock) {
        this.inbox = inbox;
        this.drafts = drafts;
        this.contexts = contexts;
        this.organisation = organisation;
        this.messages = messages;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping("/")
    String inbox(Authentication me, Model model) {
        List<TaskSummary> tasks = inbox.inbox(me.getName(), Roles.groupIds(me), Instant.now(clock));
        model.addAttribute("myTasks", tasks.stream().filter(t -> !t.groupTask()).toList());
        model.addAttribute("groupTasks", tasks.stream().filter(TaskSummary::groupTask).toList());
        model.addAttribute("drafts", drafts.tasksWithDraft(me.getName()));
        organisation.findByUserId(me.getName()).ifPresent(person -> model.addAttribute("me", person));
        return "inbox";
    }

    @GetMapping("/oppgaver/{taskId}")
    String task(@PathVariable String taskId, Authentication me, Model model, HttpServletResponse response) {
        Optional<TaskForm> found = inbox.form(taskId, me.getName(), Instant.now(clock));
        if (found.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "task-gone";
        }
        TaskForm form = found.get();
        Optional<TaskContextService.TaskContext> context = contexts.contextOf(form.task(), me.getName());
        Optional<Map<String, Object>> draft = drafts.draftOf(taskId, me.getName());
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("taskId", taskId);
        page.put("lang", LocaleContextHolder.getLocale().getLanguage());
        page.put("apiBase", "/api/tasks");
        page.put("doneUrl", "/?sendt");
        page.put("schema", form.schema());
        page.put("data", draft.orElseGet(() -> form.schema() == null ? Map.of() : inbox.formValues(taskId, form.schema())));
        page.put("messages", scriptMessages(LocaleContextHolder.getLocale()));
        page.put("readOnlyForms", context.map(c -> c.employeeAnswers() == null ? List.of() : List.of(c.employeeAnswers()))
                .orElse(List.of()));
        model.addAttribute("task", form.task());
        model.addAttribute("hasForm", form.schema() != null);
        model.addAttribute("hasDraft", draft.isPresent());
        model.addAttribute("context", context.orElse(null));
        model.addAttribute("pageJson", json(page));
        return "task";
    }

    @PostMapping("/oppgaver/{taskId}/ta")
    String claim(@PathVariable String taskId, Authentication me) {
        try {
            inbox.claim(taskId, me.getName());
        } catch (TaskAlreadyClaimedException | TaskGoneException e) {
            return "redirect:/?tatt";
        }
        return "redirect:/oppgaver/" + taskId;
    }

    private Map<String, String> scriptMessages(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        SCRIPT_MESSAGES.forEach(key -> texts.put(key, messages.getMessage("task.script." + key, null, locale)));
        return texts;
    }

    /** JSON for a script element: no "<", so nothing in it can end the element early. */
    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
