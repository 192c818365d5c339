package no.arshjul.cycle;

public class UnknownCycleException extends RuntimeException {

    public UnknownCycleException(int year) {
        super("Årshjulet for " + year + " er ikke startet.");
    }
}
