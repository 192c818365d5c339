package no.arshjul.competence;

/**
 * What kind of entry a competence holding is, as Halden kommune's competence mapping sorts it: basic
 * education, specialisation, roles, other experience, certificates, authorisations, real competence.
 * Roles, experience and real competence are real competence; the rest is formal.
 */
public enum EntryType {
    BASIC_EDUCATION,
    SPECIALISATION,
    FURTHER_EDUCATION,
    CRAFT_CERTIFICATE,
    COURSE,
    CERTIFICATE,
    AUTHORISATION,
    OCCUPATIONAL_ROLE,
    OTHER_EXPERIENCE,
    REAL_COMPETENCE;

    public CompetenceClass competenceClass() {
        return switch (this) {
            case OCCUPATIONAL_ROLE, OTHER_EXPERIENCE, REAL_COMPETENCE -> CompetenceClass.REAL;
            default -> CompetenceClass.FORMAL;
        };
    }
}
