package no.arshjul.competence;

/** The four kinds of real competence (realkompetanse): faglig, administrativ, sosial, personlig. */
public enum RealCategory {
    PROFESSIONAL,
    ADMINISTRATIVE,
    SOCIAL,
    PERSONAL
}
