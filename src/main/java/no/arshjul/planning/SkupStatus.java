package no.arshjul.planning;

/** Where the year's SKUP stands, from HR's first draft to publication to the units, in the order the skup process moves. */
public enum SkupStatus {
    DRAFTING, FORUM_DISCUSSED, PRESENTED_TO_RADMANN, FINAL_DRAFT, CONSULTED, ADOPTED, PUBLISHED
}
