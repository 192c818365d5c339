package no.arshjul.planning;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.engine.SystemEngineCalls;
import no.arshjul.forms.FormComponent;
import no.arshjul.forms.FormModel;
import no.arshjul.web.Texts;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A plan answer (a sector's input, a sector's evaluation, a unit's training plan) in the words of
 * the form it was written in: each field's label and its value, options by their labels, lists as
 * rows. The form is the one in the process instance's own deployment, so a form HR has changed
 * since shows old answers as they were asked.
 */
@Component
class PlanAnswers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** One field as written: a label and a value, or, for a list, its rows. */
    public record Answer(String label, String value, List<List<Answer>> rows) {

        public boolean isList() {
            return rows != null;
        }
    }

    private final RepositoryService repositoryService;
    private final HistoryService historyService;
    private final SystemEngineCalls system;
    private final ObjectMapper json;
    private final Texts texts;
    /** Deployments do not change: a form found once for a deployment stays what it is. */
    private final Map<String, Optional<FormModel>> schemas = new ConcurrentHashMap<>();

    PlanAnswers(RepositoryService repositoryService, HistoryService historyService, SystemEngineCalls system,
                ObjectMapper json, Texts texts) {
        this.repositoryService = repositoryService;
        this.historyService = historyService;
        this.system = system;
        this.json = json;
        this.texts = texts;
    }

    /** Empty when there is no answer kept (rows from before answers were kept) or no form to read it with. */
    List<Answer> answers(String answersJson, String processInstanceId, String formKey) {
        if (answersJson == null || processInstanceId == null) {
            return List.of();
        }
        Map<String, Object> data;
        try {
            data = json.readValue(answersJson, MAP);
        } catch (IOException e) {
            return List.of();
        }
        return schema(processInstanceId, formKey).map(f -> render(f.components(), data)).orElse(List.of());
    }

    private List<Answer> render(List<FormComponent> components, Map<String, Object> data) {
        List<Answer> answers = new ArrayList<>();
        for (FormComponent c : components) {
            if (c.isGroup()) {
                Map<String, Object> scope = c.path() != null && data.get(c.path()) instanceof Map<?, ?> nested
                        ? cast(nested) : data;
                answers.addAll(render(c.children(), scope));
            } else if (c.isDynamicList() && c.path() != null) {
                List<List<Answer>> rows = new ArrayList<>();
                if (data.get(c.path()) instanceof List<?> items) {
                    for (Object item : items) {
                        if (item instanceof Map<?, ?> row) {
                            rows.add(render(c.children(), cast(row)));
                        }
                    }
                }
                if (!rows.isEmpty()) {
                    answers.add(new Answer(c.label(), null, rows));
                }
            } else if (c.isInput() && c.key() != null) {
                String value = value(c, data.get(c.key()));
                if (value != null && !value.isBlank()) {
                    answers.add(new Answer(c.label(), value, null));
                }
            }
        }
        return answers;
    }

    private String value(FormComponent c, Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Boolean b) {
            return texts.forCaller(b ? "planAnswers.yes" : "planAnswers.no");
        }
        if (value instanceof List<?> list) {
            return String.join(", ", list.stream().map(v -> option(c, String.valueOf(v))).toList());
        }
        if ("datetime".equals(c.type()) && value.toString().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return DAY.format(LocalDate.parse(value.toString().substring(0, 10)));
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        }
        return option(c, value.toString());
    }

    private static String option(FormComponent c, String value) {
        for (JsonNode option : c.json().path("values")) {
            if (value.equals(option.path("value").asText(null))) {
                return option.path("label").asText(value);
            }
        }
        return value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private Optional<FormModel> schema(String processInstanceId, String formKey) {
        return system.call(() -> {
            HistoricProcessInstance instance = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceId(processInstanceId).singleResult();
            if (instance == null) {
                return Optional.empty();
            }
            String deploymentId = repositoryService.getProcessDefinition(instance.getProcessDefinitionId()).getDeploymentId();
            return schemas.computeIfAbsent(deploymentId + "/" + formKey, k -> find(deploymentId, formKey));
        });
    }

    private Optional<FormModel> find(String deploymentId, String formKey) {
        for (String name : repositoryService.getDeploymentResourceNames(deploymentId)) {
            if (!name.endsWith(".form")) {
                continue;
            }
            try (InputStream in = repositoryService.getResourceAsStream(deploymentId, name)) {
                FormModel form = FormModel.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (formKey.equals(form.id())) {
                    return Optional.of(form);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (IllegalArgumentException e) {
                // a resource that is not a readable form is not the one sought
            }
        }
        return Optional.empty();
    }
}
