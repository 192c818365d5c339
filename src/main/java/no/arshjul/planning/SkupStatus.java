package no.arshjul.planning;

/** Where the year's SKUP stands (DOMAIN.md §4.8). */
public enum SkupStatus {
    DRAFTING, FORUM_DISCUSSED, PRESENTED_TO_RADMANN, FINAL_DRAFT, CONSULTED, ADOPTED, PUBLISHED
}
