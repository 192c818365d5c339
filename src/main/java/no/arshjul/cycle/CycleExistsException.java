package no.arshjul.cycle;

public class CycleExistsException extends RuntimeException {

    public CycleExistsException(int year) {
        super("Årshjulet for " + year + " er allerede startet. Se framdriften under /api/cycles/" + year + ".");
    }
}
