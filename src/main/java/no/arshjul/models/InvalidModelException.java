package no.arshjul.models;

import java.util.List;

/** The models did not pass validation: nothing was deployed. */
public class InvalidModelException extends RuntimeException {

    private final transient ModelDeployer.Check check;

    InvalidModelException(ModelDeployer.Check check, String message) {
        super(message);
        this.check = check;
    }

    public ModelDeployer.Check getCheck() {
        return check;
    }

    /** Every error as the API shows it: severity, file, element, line and message. */
    public List<?> errorViews() {
        return check.report().errors().stream().map(ModelViews.FindingView::of).toList();
    }

    public List<?> warningViews() {
        return check.report().warnings().stream().map(ModelViews.FindingView::of).toList();
    }
}
