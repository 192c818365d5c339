package no.arshjul.planning;

/**
 * Where a measure of the adopted SKUP stands during the plan year. Shown in words from the message
 * files ({@code skupMeasureStatus.*}: planlagt, pågår, gjennomført, avlyst), never by these names.
 */
public enum SkupMeasureStatus {
    PLANNED, IN_PROGRESS, DONE, CANCELLED
}
