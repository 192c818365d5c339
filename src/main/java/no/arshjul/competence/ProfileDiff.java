package no.arshjul.competence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The difference between a person's current profile and what they registered in a mapping. A row
 * with a {@code holdingId} is an entry of the profile: the same (untouched), changed, or ended; a row
 * without one is new. An entry of the profile that is not in the registration at all is untouched:
 * nothing is ever lost because a row was left out. Real competence is compared per category: new
 * text, changed text, or text the employee cleared (ended). Expects a registration that has passed
 * {@link CompetenceMappingMerge#problems}; rows it cannot place are left out.
 */
final class ProfileDiff {

    enum Kind { NEW, CHANGED, ENDED }

    /** The state an entry is to have after the merge. */
    record Proposed(EntryType entryType, String title, CompetenceItem item, String institution, EducationLevel level,
                    LocalDate completedDate, LocalDate validUntil, RealCategory realCategory, String description) {
    }

    /** One difference: the holding it concerns (none for a new one), what it becomes, and the fields that change. */
    record Difference(Kind kind, CompetenceHolding holding, Proposed proposed, List<String> changedFields) {
    }

    static final List<String> COMPARED = List.of("entryType", "title", "catalogueCode", "institution", "level",
            "completedDate", "validUntil", "description");

    private ProfileDiff() {
    }

    /**
     * @param current        the person's current (not ended) holdings
     * @param registration   what they registered
     * @param catalogue      a catalogue entry by code
     * @param realTitle      the stored title of a real-competence category
     */
    static List<Difference> between(List<CompetenceHolding> current, MappingRegistration registration,
                                    Function<String, Optional<CompetenceItem>> catalogue,
                                    Function<RealCategory, String> realTitle) {
        Map<Long, CompetenceHolding> byId = new LinkedHashMap<>();
        current.forEach(h -> byId.put(h.getId(), h));
        List<Difference> differences = new ArrayList<>();
        for (MappingRegistration.Row row : registration.holdings()) {
            EntryType type = parse(EntryType.class, row.entryType());
            if (!row.fromProfile()) {
                if (!row.ended() && type != null && row.title() != null) {
                    differences.add(new Difference(Kind.NEW, null, proposed(row, type, catalogue), List.of()));
                }
                continue;
            }
            CompetenceHolding holding = byId.get(row.holdingId());
            if (holding == null) {
                continue;
            }
            if (row.ended()) {
                differences.add(new Difference(Kind.ENDED, holding, null, List.of()));
                continue;
            }
            Proposed proposed = proposed(row, type == null ? holding.getEntryType() : type, catalogue);
            proposed = new Proposed(proposed.entryType(), proposed.title() == null ? holding.getTitle() : proposed.title(),
                    proposed.item(), proposed.institution(), proposed.level(), proposed.completedDate(),
                    proposed.validUntil(), holding.getRealCategory(), holding.getDescription());
            List<String> changed = changedFields(holding, proposed);
            if (!changed.isEmpty()) {
                differences.add(new Difference(Kind.CHANGED, holding, proposed, changed));
            }
        }
        for (RealCategory category : RealCategory.values()) {
            Optional<CompetenceHolding> held = current.stream()
                    .filter(h -> h.getEntryType() == EntryType.REAL_COMPETENCE && h.getRealCategory() == category)
                    .findFirst();
            String text = registration.realCompetence().get(category);
            if (held.isEmpty()) {
                if (text != null) {
                    differences.add(new Difference(Kind.NEW, null, new Proposed(EntryType.REAL_COMPETENCE,
                            realTitle.apply(category), null, null, null, null, null, category, text), List.of()));
                }
            } else if (text == null) {
                // A category with text that the employee cleared ends; one that never had text
                // (a title alone, from before texts were kept) is untouched.
                if (held.get().getDescription() != null) {
                    differences.add(new Difference(Kind.ENDED, held.get(), null, List.of()));
                }
            } else if (!text.equals(held.get().getDescription())) {
                CompetenceHolding h = held.get();
                differences.add(new Difference(Kind.CHANGED, h, new Proposed(h.getEntryType(), h.getTitle(),
                        h.getCompetenceItem(), h.getInstitution(), h.getLevel(), h.getCompletedDate(), h.getValidUntil(),
                        category, text), List.of("description")));
            }
        }
        return differences;
    }

    private static Proposed proposed(MappingRegistration.Row row, EntryType type,
                                     Function<String, Optional<CompetenceItem>> catalogue) {
        CompetenceItem item = row.catalogueCode() == null ? null : catalogue.apply(row.catalogueCode()).orElse(null);
        return new Proposed(type, row.title(), item, row.institution(), parse(EducationLevel.class, row.level()),
                row.completedDate(), row.validUntil(), null, null);
    }

    private static List<String> changedFields(CompetenceHolding h, Proposed p) {
        List<String> changed = new ArrayList<>();
        compare(changed, "entryType", h.getEntryType(), p.entryType());
        compare(changed, "title", h.getTitle(), p.title());
        compare(changed, "catalogueCode", h.getCompetenceItem() == null ? null : h.getCompetenceItem().getCode(),
                p.item() == null ? null : p.item().getCode());
        compare(changed, "institution", h.getInstitution(), p.institution());
        compare(changed, "level", h.getLevel(), p.level());
        compare(changed, "completedDate", h.getCompletedDate(), p.completedDate());
        compare(changed, "validUntil", h.getValidUntil(), p.validUntil());
        return changed;
    }

    private static void compare(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        try {
            return value == null ? null : Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
