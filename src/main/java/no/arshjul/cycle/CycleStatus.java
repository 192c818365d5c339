package no.arshjul.cycle;

public enum CycleStatus {
    /** Started; HR is setting the calendar. */
    SETTING_CALENDAR,
    /** The calendar is set; the year waits for the mapping (or the talks, if earlier) to open. */
    WAITING,
    /** The mapping and the talks are being started for everyone. */
    LAUNCHING,
    /** Everyone has been started; the year runs. */
    RUNNING
}
