package no.arshjul.competence;

public class UnknownCatalogueItemException extends RuntimeException {

    public UnknownCatalogueItemException(String code) {
        super("Finnes ikke i kompetansekatalogen: " + code);
    }
}
