package no.arshjul.models;

import no.arshjul.forms.FormTexts;

/** One problem found in a model: where (file, element, line) and what, in the language of whoever checks. */
public record Finding(Severity severity, String file, String elementId, Integer line, String message) {

    public enum Severity {
        ERROR, WARNING
    }

    public static Finding error(String file, String elementId, Integer line, String message) {
        return new Finding(Severity.ERROR, file, elementId, line, message);
    }

    public static Finding warning(String file, String elementId, Integer line, String message) {
        return new Finding(Severity.WARNING, file, elementId, line, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "processes/x.bpmn, linje 12, element «a»: what was wrong". */
    public String text(FormTexts texts) {
        StringBuilder where = new StringBuilder(file == null ? texts.get("model.finding.upload") : file);
        if (line != null && line > 0) {
            where.append(texts.get("model.finding.line", String.valueOf(line)));
        }
        if (elementId != null && !elementId.isBlank()) {
            where.append(texts.get("model.finding.element", elementId));
        }
        return where + ": " + message;
    }
}
