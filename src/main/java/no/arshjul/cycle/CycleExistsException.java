package no.arshjul.cycle;

import org.springframework.context.MessageSourceResolvable;

public class CycleExistsException extends RuntimeException implements MessageSourceResolvable {

    private final int year;

    public CycleExistsException(int year) {
        super("Cycle " + year + " has already started");
        this.year = year;
    }

    /** What the person is told, from the message files. */
    @Override
    public String[] getCodes() {
        return new String[]{"problem.cycleExists"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[]{String.valueOf(year)};
    }
}
