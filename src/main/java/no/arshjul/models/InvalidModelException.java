package no.arshjul.models;

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
}
