package no.arshjul.models;

import no.arshjul.forms.FieldKind;
import no.arshjul.forms.FormComponent;
import no.arshjul.forms.FormContracts;
import no.arshjul.forms.FormModel;
import no.arshjul.forms.FormTexts;

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
 * And it must still give Årshjul's code every field the code reads (FormContracts): under the same
 * key, of a kind that delivers the value, required where the code relies on it.
 */
class FormRules {

    /** What the rest of validation needs to know about a good form. */
    record FormInfo(String key, List<String> processVariables) {
    }

    /** The form-js schema version Camunda Tasklist 7.24 renders. */
    static final int TASKLIST_SCHEMA_VERSION = 16;

    private final FormContracts contracts;
    private final FormTexts texts;

    FormRules(FormContracts contracts, FormTexts texts) {
        this.contracts = contracts;
        this.texts = texts;
    }

    Optional<FormInfo> check(ModelFile file, List<Finding> findings) {
        String json = file.text();
        FormModel form;
        try {
            form = FormModel.parse(json);
        } catch (FormModel.UnreadableFormException e) {
            findings.add(e.detail() != null
                    ? Finding.error(file.name(), null, e.line(), texts.get("model.form.notJson", e.detail()))
                    : Finding.error(file.name(), null, 1, texts.get("model.form.notObject")));
            return Optional.empty();
        }
        int before = findings.size();
        String key = form.id();
        if (key.isBlank()) {
            findings.add(Finding.error(file.name(), null, 1, texts.get("model.form.noId")));
        }
        if (!form.hasComponents()) {
            findings.add(Finding.error(file.name(), key, 1, texts.get("model.form.noComponents")));
            return Optional.empty();
        }
        if (form.schemaVersion() > TASKLIST_SCHEMA_VERSION) {
            findings.add(Finding.warning(file.name(), key, lineOf(json, "\"schemaVersion\""),
                    texts.get("model.form.schemaVersion", String.valueOf(form.schemaVersion()),
                            String.valueOf(TASKLIST_SCHEMA_VERSION))));
        }
        checkComponents(file, json, form.components(), new HashSet<>(), findings);
        if (findings.size() == before) {
            try {
                form.requireCheckable();
            } catch (IllegalArgumentException e) {
                findings.add(Finding.error(file.name(), key, null, texts.get("model.form.notCheckable", e.getMessage())));
            }
        }
        if (!key.isBlank()) {
            checkContracts(file, json, form, findings);
        }
        if (findings.size() > before || key.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new FormInfo(key, form.processVariableKeys()));
    }

    private void checkComponents(ModelFile file, String json, List<FormComponent> scope, Set<String> keys,
                                 List<Finding> findings) {
        for (FormComponent component : scope) {
            String type = component.type();
            String id = component.id();
            String key = component.key();
            Integer line = line(json, component);
            if (id.isBlank()) {
                findings.add(Finding.error(file.name(), key, line, texts.get("model.form.component.noId", type)));
            }
            if (!FormComponent.isKnownType(type)) {
                findings.add(Finding.error(file.name(), id, line, texts.get("model.form.component.unknownType", type)));
            } else if (component.isInput()) {
                if (key == null) {
                    findings.add(Finding.error(file.name(), id, line, texts.get("model.form.component.noKey")));
                } else if (!keys.add(key)) {
                    findings.add(Finding.error(file.name(), id, line, texts.get("model.form.component.duplicateKey", key)));
                }
            }
            if (component.json().path("components").isArray()) {
                boolean ownScope = component.path() != null;
                checkComponents(file, json, component.children(), ownScope ? new HashSet<>() : keys, findings);
            }
        }
    }

    /** Each field Årshjul's code reads and this form no longer gives as the code expects it. */
    private void checkContracts(ModelFile file, String json, FormModel form, List<Finding> findings) {
        for (FormContracts.Breach breach : contracts.check(form)) {
            FieldKind kind = breach.field().kind();
            String kindName = texts.get(kind.textKey());
            FormComponent found = breach.found();
            String message = switch (breach.reason()) {
                case MISSING -> texts.get("model.form.contract.missing", breach.formKey(), breach.path(), kindName,
                        breach.handler());
                case WRONG_KIND -> texts.get("model.form.contract.wrongKind", breach.formKey(), breach.path(), kindName,
                        breach.handler(), shownType(found), texts.get(kind.textKey() + ".components"));
                case NOT_REQUIRED -> texts.get("model.form.contract.notRequired", breach.formKey(), breach.path(),
                        kindName, breach.handler());
                case MISSING_VALUES -> texts.get("model.form.contract.missingValues", breach.formKey(), breach.path(),
                        kindName, breach.handler(), String.join(", ", breach.missingValues()));
            };
            findings.add(Finding.error(file.name(), found == null || found.id().isBlank() ? breach.path() : found.id(),
                    found == null ? null : line(json, found), message));
        }
    }

    private static String shownType(FormComponent component) {
        return "datetime".equals(component.type()) ? "datetime/" + component.subtype() : component.type();
    }

    private static Integer line(String json, FormComponent component) {
        if (!component.id().isBlank()) {
            return lineOf(json, "\"id\"\\s*:\\s*\"" + Pattern.quote(component.id()) + "\"");
        }
        return component.key() != null ? lineOf(json, "\"key\"\\s*:\\s*\"" + Pattern.quote(component.key()) + "\"")
                : null;
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
