package no.arshjul.competence;

import org.springframework.context.MessageSourceResolvable;

public class UnknownCatalogueItemException extends RuntimeException implements MessageSourceResolvable {

    private final String code;

    public UnknownCatalogueItemException(String code) {
        super("No catalogue item " + code);
        this.code = code;
    }

    /** What the person is told, from the message files. */
    @Override
    public String[] getCodes() {
        return new String[]{"problem.unknownCatalogueItem"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[]{code};
    }
}
