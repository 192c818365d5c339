package no.arshjul.competence;

/** Formal competence (education, certificates, authorisations) or real competence (what a person can do). */
public enum CompetenceClass {
    FORMAL,
    REAL
}
