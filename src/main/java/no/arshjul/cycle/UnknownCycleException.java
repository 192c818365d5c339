package no.arshjul.cycle;

import org.springframework.context.MessageSourceResolvable;

public class UnknownCycleException extends RuntimeException implements MessageSourceResolvable {

    private final int year;

    public UnknownCycleException(int year) {
        super("No cycle " + year);
        this.year = year;
    }

    /** What the person is told, from the message files. */
    @Override
    public String[] getCodes() {
        return new String[]{"problem.unknownCycle"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[]{String.valueOf(year)};
    }
}
