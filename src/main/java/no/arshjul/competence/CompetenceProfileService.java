package no.arshjul.competence;

import no.arshjul.AccessLog;
import org.springframework.security.access.AccessDeniedException;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import no.arshjul.organisation.UnknownEmployeeException;
import no.arshjul.web.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Each employee's competence profile (kompetanseprofil): what they hold, formal and real. The
 * employee registers it in the yearly mapping and the closest leader confirms it; completed
 * measures add to it. Only the person, the closest leader and HR see a profile.
 */
@Service
@Transactional(readOnly = true)
public class CompetenceProfileService {

    private static final BigDecimal MAX_CREDITS = new BigDecimal("99999.9");

    private final CompetenceHoldingRepository holdings;
    private final CompetenceItemRepository items;
    private final OrganisationService organisation;
    private final Texts texts;
    private final Clock clock;
    private final AccessLog accessLog;

    public CompetenceProfileService(CompetenceHoldingRepository holdings, CompetenceItemRepository items,
                                    OrganisationService organisation, Texts texts, ObjectProvider<Clock> clock,
                                    AccessLog accessLog) {
        this.accessLog = accessLog;
        this.holdings = holdings;
        this.items = items;
        this.organisation = organisation;
        this.texts = texts;
        // Tests and a future app-wide clock may provide one; otherwise the system's.
        this.clock = clock.getIfUnique(Clock::systemDefaultZone);
    }

    /** A profile is the person's own, their closest leader's to confirm and follow up, and HR's. */
    public boolean canSeeProfile(String viewerUserId, String employeeUserId) {
        if (viewerUserId == null) {
            return false;
        }
        if (viewerUserId.equals(employeeUserId) || organisation.rolesOf(viewerUserId).contains(Role.HR)) {
            return true;
        }
        return organisation.closestLeaderOf(employeeUserId)
                .map(leader -> viewerUserId.equals(leader.getUserId()))
                .orElse(false);
    }

    /**
     * A profile as a viewer may see it, refused when they may not; someone else's read is recorded
     * in the access log in this (read-write) transaction, committed together with the read.
     */
    @Transactional
    public List<CompetenceHolding> profileSeenBy(String viewerUserId, String userId) {
        if (!canSeeProfile(viewerUserId, userId)) {
            throw new AccessDeniedException(texts.forCaller("competence.profile.denied"));
        }
        accessLog.recordRead(viewerUserId, userId, AccessLog.What.COMPETENCE_PROFILE);
        return profileOf(userId);
    }

    /** The profile with no check and no record: for the system's own work, never for showing to a person. */
    public List<CompetenceHolding> profileOf(String userId) {
        // What the person holds now first, then what they have ended (history).
        return holdings.findByEmployee(employee(userId)).stream()
                .sorted(java.util.Comparator.comparing(CompetenceHolding::isEnded)
                        .thenComparing(CompetenceHolding.IN_PROFILE_ORDER)).toList();
    }

    /**
     * Loads a whole profile at once (the demo's people, who have none yet): the employee's
     * self-registered holdings are replaced by the drafts. A yearly mapping never comes here: it is
     * merged into the profile ({@link CompetenceMappingMerge}), so nothing is lost. The drafts are
     * each marked confirmed by the leader now. Holdings from the leader, completed measures and
     * imports stay. Returns the new holdings; bad drafts are refused
     * whole (fields named {@code holdings[i].field}) and nothing changes.
     */
    @Transactional
    public List<CompetenceHolding> confirmRegistration(String employeeUserId, List<HoldingDraft> drafts,
                                                       String confirmedByUserId) {
        Employee employee = employee(employeeUserId);
        List<InvalidField> errors = new ArrayList<>();
        if (confirmedByUserId == null || confirmedByUserId.isBlank()) {
            errors.add(new InvalidField("confirmedBy", texts.forCaller("competence.profile.confirmedByMissing")));
        }
        List<CompetenceHolding> replacements = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (int i = 0; i < drafts.size(); i++) {
            toHolding(employee, drafts.get(i), "holdings[" + i + "].", now, errors).ifPresent(replacements::add);
        }
        if (!errors.isEmpty()) {
            throw new CompetenceValidationException(errors);
        }
        holdings.deleteAll(holdings.findByEmployeeAndSource(employee, HoldingSource.SELF_REGISTERED));
        holdings.flush();
        replacements.forEach(h -> h.confirm(confirmedByUserId, now));
        return holdings.saveAll(replacements);
    }

    /**
     * A completed development measure (a course, an education) adds to the profile, unconfirmed.
     * The entry type follows the catalogue entry; one that expires gets its valid-until date.
     */
    @Transactional
    public CompetenceHolding addFromCompletedMeasure(String employeeUserId, String catalogueCode, String title,
                                                     LocalDate completedDate) {
        Employee employee = employee(employeeUserId);
        CompetenceItem item = catalogueCode == null ? null : items.findByCode(catalogueCode).orElse(null);
        String name = title != null && !title.isBlank() ? title.strip() : item != null ? item.getName() : null;
        if (name == null) {
            throw new CompetenceValidationException("title", texts.forCaller("competence.profile.titleMissingWithoutCatalogue"));
        }
        if (name.length() > 200) {
            throw new CompetenceValidationException("title", texts.forCaller("competence.profile.titleTooLong"));
        }
        EntryType type = item == null ? EntryType.COURSE : entryTypeFor(item);
        LocalDate validUntil = item != null && item.getValidityMonths() != null && completedDate != null
                ? completedDate.plusMonths(item.getValidityMonths()) : null;
        CompetenceHolding holding = new CompetenceHolding(employee, type, name, HoldingSource.MEASURE,
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS));
        holding.describe(item, null, null, null, completedDate, validUntil, null);
        return holdings.save(holding);
    }

    /** Holdings whose validity ends before today plus the given days (already expired included). */
    public List<CompetenceHolding> expiringWithin(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be 0 or more: " + days);
        }
        return holdings.findByValidUntilBeforeAndEndedOnIsNullOrderByValidUntilAsc(LocalDate.now(clock).plusDays(days));
    }

    private Optional<CompetenceHolding> toHolding(Employee employee, HoldingDraft draft, String prefix,
                                                  LocalDateTime now, List<InvalidField> errors) {
        int before = errors.size();
        if (draft == null) {
            errors.add(new InvalidField(prefix.substring(0, prefix.length() - 1), texts.forCaller("competence.profile.emptyEntry")));
            return Optional.empty();
        }
        EntryType entryType = parse(EntryType.class, draft.entryType(), prefix + "entryType",
                texts.forCaller("competence.profile.label.entryType"), true, errors);
        EducationLevel level = parse(EducationLevel.class, draft.level(), prefix + "level",
                texts.forCaller("competence.profile.label.level"), false, errors);
        RealCategory realCategory = parse(RealCategory.class, draft.realCategory(), prefix + "realCategory",
                texts.forCaller("competence.profile.label.realCategory"), false, errors);
        String title = draft.title() == null ? "" : draft.title().strip();
        if (title.isEmpty()) {
            errors.add(new InvalidField(prefix + "title", texts.forCaller("competence.profile.titleMissing")));
        } else if (title.length() > 200) {
            errors.add(new InvalidField(prefix + "title", texts.forCaller("competence.profile.titleTooLong")));
        }
        if (draft.institution() != null && draft.institution().strip().length() > 200) {
            errors.add(new InvalidField(prefix + "institution", texts.forCaller("competence.profile.institutionTooLong")));
        }
        if (draft.credits() != null && (draft.credits().signum() < 0 || draft.credits().compareTo(MAX_CREDITS) > 0
                || draft.credits().stripTrailingZeros().scale() > 1)) {
            errors.add(new InvalidField(prefix + "credits",
                    texts.forCaller("competence.profile.creditsInvalid")));
        }
        if (draft.completedDate() != null && draft.validUntil() != null
                && draft.validUntil().isBefore(draft.completedDate())) {
            errors.add(new InvalidField(prefix + "validUntil", texts.forCaller("competence.profile.validUntilBeforeCompleted")));
        }
        if (entryType == EntryType.REAL_COMPETENCE && realCategory == null && draft.realCategory() == null) {
            errors.add(new InvalidField(prefix + "realCategory",
                    texts.forCaller("competence.profile.realCategoryMissing")));
        }
        if (entryType != null && realCategory != null && entryType.competenceClass() != CompetenceClass.REAL) {
            errors.add(new InvalidField(prefix + "realCategory",
                    texts.forCaller("competence.profile.realCategoryOnlyForReal", entryType.name())));
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        CompetenceItem item = draft.catalogueCode() == null ? null
                : items.findByCode(draft.catalogueCode().strip()).orElse(null);
        CompetenceHolding holding = new CompetenceHolding(employee, entryType, title, HoldingSource.SELF_REGISTERED, now);
        String institution = draft.institution() == null || draft.institution().isBlank() ? null : draft.institution().strip();
        holding.describe(item, institution, level, draft.credits(), draft.completedDate(), draft.validUntil(), realCategory);
        return Optional.of(holding);
    }

    private <E extends Enum<E>> E parse(Class<E> type, String value, String field, String label,
                                               boolean required, List<InvalidField> errors) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new InvalidField(field, texts.forCaller("competence.profile.choiceMissing", label, names(type))));
            }
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            errors.add(new InvalidField(field, texts.forCaller("competence.profile.choiceUnknown", label, names(type), value)));
            return null;
        }
    }

    private static String names(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /** What a completed measure on this catalogue entry makes of the holding. */
    private static EntryType entryTypeFor(CompetenceItem item) {
        return switch (item.getItemType()) {
            case "CRAFT_CERTIFICATE" -> EntryType.CRAFT_CERTIFICATE;
            case "AUTHORISATION" -> EntryType.AUTHORISATION;
            case "CERTIFICATE" -> EntryType.CERTIFICATE;
            case "FURTHER_EDUCATION", "VOCATIONAL_COLLEGE", "HIGHER_EDUCATION" -> EntryType.FURTHER_EDUCATION;
            case "REFLECTION_GROUP", "CATEGORY" -> EntryType.OTHER_EXPERIENCE;
            default -> EntryType.COURSE;
        };
    }

    private Employee employee(String userId) {
        return organisation.findByUserId(userId).orElseThrow(() -> new UnknownEmployeeException(userId));
    }

    /** Every entry people hold now (not the ones they have ended), for the municipality-wide gap analysis. */
    @Transactional(readOnly = true)
    public List<CompetenceHolding> allHoldings() {
        return holdings.findByEndedOnIsNull();
    }
}
