package no.arshjul.engine;

/** The year a process instance belongs to, as tasks, titles and events name it. */
public final class ProcessYear {

    private ProcessYear() {
    }

    /** The year variable, or the year the business key starts with ({@code 2026:10004}, {@code 2026}). */
    public static Integer of(Object variable, String businessKey) {
        if (variable instanceof Number number) {
            return number.intValue();
        }
        String text = variable != null ? variable.toString() : businessKey == null ? "" : businessKey.split(":")[0];
        return text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }
}
