package no.arshjul.organisation;

/** Where a node sits in the municipality's tree; each municipality labels the levels its own way. */
public enum LevelType {
    KOMMUNE, SEKTOR, ENHET, AVDELING
}
