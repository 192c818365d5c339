package no.arshjul.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.forms.FormSchemaValidator;
import no.arshjul.forms.FormSubmissionPipeline;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks a Camunda Form must pass before it is deployed: valid JSON, an id (the key formRef
 * points to), an id on every component, a key on every input, keys unique, and only component types
 * Årshjul's server-side validation knows. Otherwise no one could complete a task with the form.
 */
class FormRules {

    /** What the rest of validation needs to know about a good form. */
    record FormInfo(String key, List<String> processVariables) {
    }

    /** The form-js schema version Camunda Tasklist 7.24 renders. */
    static final int TASKLIST_SCHEMA_VERSION = 16;

    private final ObjectMapper mapper;
    private final FormSchemaValidator schemaValidator;
    private final FormSubmissionPipeline pipeline;

    FormRules(ObjectMapper mapper, FormSchemaValidator schemaValidator, FormSubmissionPipeline pipeline) {
        this.mapper = mapper;
        this.schemaValidator = schemaValidator;
        this.pipeline = pipeline;
    }

    Optional<FormInfo> check(ModelFile file, List<Finding> findings) {
        String json = file.text();
        JsonNode form;
        try {
            form = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            findings.add(Finding.error(file.name(), null, e.getLocation() == null ? null : e.getLocation().getLineNr(),
                    "Skjemaet er ikke gyldig JSON: " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (form == null || !form.isObject()) {
            findings.add(Finding.error(file.name(), null, 1, "Skjemaet er ikke et Camunda-skjema (ventet et JSON-objekt)."));
            return Optional.empty();
        }
        int before = findings.size();
        String key = form.path("id").asText("");
        if (key.isBlank()) {
            findings.add(Finding.error(file.name(), null, 1,
                    "Skjemaet mangler «id». Id-en er skjemaets nøkkel, den camunda:formRef i prosessen peker på."));
        }
        if (!form.path("components").isArray()) {
            findings.add(Finding.error(file.name(), key, 1, "Skjemaet mangler «components» (feltene)."));
            return Optional.empty();
        }
        if (form.path("schemaVersion").asInt(0) > TASKLIST_SCHEMA_VERSION) {
            findings.add(Finding.warning(file.name(), key, lineOf(json, "\"schemaVersion\""), "Skjemaet har schemaVersion "
                    + form.path("schemaVersion").asInt() + "; Camunda Tasklist 7.24 viser versjon "
                    + TASKLIST_SCHEMA_VERSION + ". Velg Camunda Platform 7.24 i Modeler."));
        }
        checkComponents(file, json, form.path("components"), new HashSet<>(), findings);
        if (findings.size() == before) {
            try {
                schemaValidator.submittedKeys(json);
            } catch (IllegalArgumentException e) {
                findings.add(Finding.error(file.name(), key, null, "Skjemaet kan ikke kontrolleres ved innsending: "
                        + e.getMessage()));
            }
        }
        if (findings.size() > before || key.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new FormInfo(key, pipeline.processVariableKeys(json)));
    }

    private void checkComponents(ModelFile file, String json, JsonNode components, Set<String> keys,
                                 List<Finding> findings) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            String id = component.path("id").asText("");
            String key = component.path("key").asText("");
            Integer line = !id.isBlank() ? lineOf(json, "\"id\"\\s*:\\s*\"" + Pattern.quote(id) + "\"")
                    : !key.isBlank() ? lineOf(json, "\"key\"\\s*:\\s*\"" + Pattern.quote(key) + "\"") : null;
            if (id.isBlank()) {
                findings.add(Finding.error(file.name(), key.isBlank() ? null : key, line,
                        "En komponent av typen «" + type + "» mangler «id»."));
            }
            if (!FormSchemaValidator.isKnownType(type)) {
                findings.add(Finding.error(file.name(), id, line, "Komponenttypen «" + type
                        + "» støttes ikke av Årshjuls kontroll av innsendte skjema."));
            } else if (FormSchemaValidator.isInputType(type)) {
                if (key.isBlank()) {
                    findings.add(Finding.error(file.name(), id, line, "Feltet mangler «key» (navnet svaret lagres under)."));
                } else if (!keys.add(key)) {
                    findings.add(Finding.error(file.name(), id, line, "Nøkkelen «" + key
                            + "» er brukt av to felt i skjemaet."));
                }
            }
            if (component.path("components").isArray()) {
                boolean ownScope = component.hasNonNull("path");
                checkComponents(file, json, component.path("components"), ownScope ? new HashSet<>() : keys, findings);
            }
        }
    }

    /** The 1-based line of the first match, or null. */
    static Integer lineOf(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        if (!matcher.find()) {
            return null;
        }
        int line = 1;
        for (int i = 0; i < matcher.start(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
