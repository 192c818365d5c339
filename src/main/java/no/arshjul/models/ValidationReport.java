package no.arshjul.models;

import no.arshjul.forms.FormTexts;

import java.util.List;
import java.util.stream.Collectors;

/** Everything validation found. Errors block a deployment; warnings do not. */
public record ValidationReport(List<Finding> findings) {

    public List<Finding> errors() {
        return findings.stream().filter(Finding::isError).toList();
    }

    public List<Finding> warnings() {
        return findings.stream().filter(f -> !f.isError()).toList();
    }

    public boolean valid() {
        return findings.stream().noneMatch(Finding::isError);
    }

    /** The errors as one message, one line each: what Camunda Modeler shows. */
    public String errorText(FormTexts texts) {
        return errors().stream().map(f -> f.text(texts)).collect(Collectors.joining("\n"));
    }
}
