package no.arshjul.appraisal;

public enum MeasureStatus {
    PLANNED, POSTPONED, COMPLETED, CANCELLED
}
