package no.arshjul;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Names and titles in the order a Norwegian reader expects (… Z, Æ, Ø, Å), sorted here rather than by
 * the database: H2 and a PostgreSQL database made with the C locale (as README "On PostgreSQL"
 * advises, since it compares Camunda's keys faster) sort by code point, which puts Å before Æ and Ø.
 */
public final class NorwegianOrder {

    /** Collator.compare is synchronized, so one instance serves every thread. */
    private static final Collator BOKMAL = Collator.getInstance(Locale.forLanguageTag("nb-NO"));

    public static final Comparator<String> TEXT = Comparator.nullsLast(BOKMAL::compare);

    private NorwegianOrder() {
    }
}
