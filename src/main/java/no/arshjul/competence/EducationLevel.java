package no.arshjul.competence;

/** Level of an education: videregående/fagbrev, fagskole, bachelor, master, PhD, or none. */
public enum EducationLevel {
    UPPER_SECONDARY,
    VOCATIONAL_COLLEGE,
    BACHELOR,
    MASTER,
    PHD,
    NONE
}
