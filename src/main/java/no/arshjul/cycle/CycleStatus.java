package no.arshjul.cycle;

public enum CycleStatus {
    /** Started; HR is setting the calendar. */
    SETTING_CALENDAR,
    /** The mapping and the talks are being started for everyone. */
    LAUNCHING,
    /** Everyone has been started; the year runs. */
    RUNNING
}
