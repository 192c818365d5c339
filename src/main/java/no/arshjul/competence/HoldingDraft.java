package no.arshjul.competence;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One entry of an employee's competence mapping as registered, before it is stored. Enumerated
 * values come as their names ({@code entryType} "CRAFT_CERTIFICATE", {@code level} "BACHELOR",
 * {@code realCategory} "SOCIAL"); {@code catalogueCode} links the entry to the catalogue when it
 * names an entry there.
 */
public record HoldingDraft(String entryType, String title, String catalogueCode, String institution, String level,
                           BigDecimal credits, LocalDate completedDate, LocalDate validUntil, String realCategory) {
}
