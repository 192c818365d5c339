package no.arshjul.models;

import no.arshjul.forms.FormTexts;

import java.util.List;

/** The models did not pass validation: nothing was deployed. */
public class InvalidModelException extends RuntimeException {

    private final transient ModelDeployer.Check check;
    private final transient FormTexts texts;

    InvalidModelException(ModelDeployer.Check check, String message, FormTexts texts) {
        super(message);
        this.check = check;
        this.texts = texts;
    }

    public ModelDeployer.Check getCheck() {
        return check;
    }

    /** Every error as the API shows it: severity, file, element, line and message. */
    public List<?> errorViews() {
        return check.report().errors().stream().map(f -> ModelViews.FindingView.of(f, texts)).toList();
    }

    public List<?> warningViews() {
        return check.report().warnings().stream().map(f -> ModelViews.FindingView.of(f, texts)).toList();
    }
}
