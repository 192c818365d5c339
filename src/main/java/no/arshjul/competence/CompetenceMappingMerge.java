package no.arshjul.competence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import no.arshjul.AccessLog;
import no.arshjul.TransactionMemo;
import no.arshjul.competence.ProfileChanges.Change;
import no.arshjul.competence.ProfileChanges.FieldChange;
import no.arshjul.forms.SubmittedAnswers;
import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.UnknownEmployeeException;
import no.arshjul.web.Texts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A mapping starts from the profile and is merged into it when the leader confirms: new entries are
 * added, changed ones updated, ended ones kept as history marked ended, and nothing the employee did
 * not touch changes. The leader confirms against the same difference ({@link #changes}), computed here
 * from the profile and the registration, never sent by a client.
 */
@Service
@Transactional(readOnly = true)
public class CompetenceMappingMerge {

    static final String REGISTRATION = "competence-registration";
    private static final String PROFILES_AT_START = "current-holdings-at-start";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final CompetenceHoldingRepository holdings;
    private final CompetenceItemRepository items;
    private final CompetenceMappingRepository mappings;
    private final CompetenceProfileService profiles;
    private final OrganisationService organisation;
    private final SubmittedAnswers submissions;
    private final AccessLog accessLog;
    private final ObjectMapper mapper;
    private final Texts texts;
    private final Clock clock;

    CompetenceMappingMerge(CompetenceHoldingRepository holdings, CompetenceItemRepository items,
                           CompetenceMappingRepository mappings, CompetenceProfileService profiles,
                           OrganisationService organisation, SubmittedAnswers submissions, AccessLog accessLog,
                           ObjectMapper mapper, Texts texts, ObjectProvider<Clock> clock) {
        this.holdings = holdings;
        this.items = items;
        this.mappings = mappings;
        this.profiles = profiles;
        this.organisation = organisation;
        this.submissions = submissions;
        this.accessLog = accessLog;
        this.mapper = mapper;
        this.texts = texts;
        this.clock = clock.getIfUnique(Clock::systemDefaultZone);
    }

    /** The person's current holdings: what a mapping starts from and is compared with. */
    List<CompetenceHolding> current(Employee employee) {
        return TransactionMemo.<List<CompetenceHolding>>remembered(PROFILES_AT_START, employee.getId())
                .orElseGet(() -> holdings.findByEmployee(employee).stream()
                        .filter(h -> !h.isEnded()).sorted(CompetenceHolding.IN_PROFILE_ORDER).toList());
    }

    /**
     * Reads the current holdings of everyone a launch batch is about to start a mapping for, in one
     * query, so that each new "Registrer kompetansen din" opens with its profile without one of its own.
     */
    public void readProfilesAtStart(Collection<Employee> employees) {
        Map<Long, List<CompetenceHolding>> byEmployee = new HashMap<>();
        employees.forEach(e -> byEmployee.put(e.getId(), new ArrayList<>()));
        holdings.findByEmployeeInAndEndedOnIsNull(employees)
                .forEach(h -> byEmployee.get(h.getEmployee().getId()).add(h));
        byEmployee.values().forEach(profile -> profile.sort(CompetenceHolding.IN_PROFILE_ORDER));
        TransactionMemo.putAll(PROFILES_AT_START, byEmployee);
    }

    /**
     * What is wrong with a registration, each problem at its field ({@code holdings[i].holdingId} ...):
     * an entry that is not one of the person's current entries, the same entry twice, a new entry
     * marked ended, an unknown catalogue code, a date that is no date, valid-until before completed.
     */
    public List<InvalidField> problems(String employeeUserId, MappingRegistration registration) {
        Set<Long> own = new HashSet<>();
        current(employee(employeeUserId)).stream().filter(h -> h.getEntryType() != EntryType.REAL_COMPETENCE)
                .forEach(h -> own.add(h.getId()));
        Set<Long> seen = new HashSet<>();
        List<InvalidField> problems = new ArrayList<>();
        for (MappingRegistration.Row row : registration.holdings()) {
            int number = row.index() + 1;
            if (row.fromProfile()) {
                Long id = row.holdingId();
                if (id == null || !own.contains(id)) {
                    problems.add(new InvalidField(row.field("holdingId"),
                            texts.forCaller("competence.mapping.notYourEntry", number, row.holdingIdText())));
                } else if (!seen.add(id)) {
                    problems.add(new InvalidField(row.field("holdingId"),
                            texts.forCaller("competence.mapping.entryTwice", number)));
                }
            } else if (row.ended()) {
                problems.add(new InvalidField(row.field("ended"), texts.forCaller("competence.mapping.endNew", number)));
            }
            if (row.catalogueCode() != null && items.findByCode(row.catalogueCode()).isEmpty()) {
                problems.add(new InvalidField(row.field("catalogueCode"),
                        texts.forCaller("competence.catalogueCode.unknown", String.valueOf(number), row.catalogueCode())));
            }
            if (row.completedDateText() != null && row.completedDate() == null) {
                problems.add(new InvalidField(row.field("completedDate"), texts.forCaller("competence.mapping.noDate", number)));
            }
            if (row.validUntilText() != null && row.validUntil() == null) {
                problems.add(new InvalidField(row.field("validUntil"), texts.forCaller("competence.mapping.noDate", number)));
            }
            if (row.completedDate() != null && row.validUntil() != null && row.validUntil().isBefore(row.completedDate())) {
                problems.add(new InvalidField(row.field("validUntil"),
                        texts.forCaller("competence.mapping.validUntilBeforeCompleted", number)));
            }
            if (!row.ended() && row.title() != null && row.title().length() > 200) {
                problems.add(new InvalidField(row.field("title"), texts.forCaller("competence.profile.titleTooLong")));
            }
        }
        return problems;
    }

    /** The difference a registration makes to the person's profile, in the caller's words. */
    public ProfileChanges changes(String employeeUserId, MappingRegistration registration) {
        List<Change> added = new ArrayList<>();
        List<Change> changed = new ArrayList<>();
        List<Change> ended = new ArrayList<>();
        for (ProfileDiff.Difference d : diff(employee(employeeUserId), registration)) {
            switch (d.kind()) {
                case NEW -> added.add(new Change(null, d.proposed().title(), kind(d.proposed().entryType()),
                        registered(d.proposed())));
                case CHANGED -> changed.add(new Change(d.holding().getId(), d.holding().getTitle(),
                        kind(d.holding().getEntryType()), d.changedFields().stream()
                        .map(f -> new FieldChange(label(f), before(d.holding(), f), after(d.proposed(), f))).toList()));
                case ENDED -> ended.add(new Change(d.holding().getId(), d.holding().getTitle(),
                        kind(d.holding().getEntryType()), List.of()));
            }
        }
        return new ProfileChanges(added, changed, ended);
    }

    /**
     * The changes of the mapping the task belongs to, for the person working it: the leader who
     * confirms (and HR); empty for anyone who may not see the profile. Their read is recorded.
     */
    @Transactional
    public Optional<ProfileChanges> changesOfInstance(String viewerUserId, String employeeUserId,
                                                      String processInstanceId) {
        if (!profiles.canSeeProfile(viewerUserId, employeeUserId)) {
            return Optional.empty();
        }
        Optional<MappingRegistration> registration = registrationOf(processInstanceId);
        registration.ifPresent(r -> accessLog.recordRead(viewerUserId, employeeUserId, AccessLog.What.COMPETENCE_PROFILE));
        return registration.map(r -> changes(employeeUserId, r));
    }

    /** The changes of a person's mapping of a year, as a viewer may see them; refused when they may not. */
    @Transactional
    public Optional<ProfileChanges> changesSeenBy(String viewerUserId, String employeeUserId, int year) {
        if (!profiles.canSeeProfile(viewerUserId, employeeUserId)) {
            throw new AccessDeniedException(texts.forCaller("competence.profile.denied"));
        }
        Optional<CompetenceMapping> mapping = mappings.findByEmployeeAndYear(employee(employeeUserId), year);
        Optional<MappingRegistration> registration = mapping.map(CompetenceMapping::getProcessInstanceId)
                .flatMap(this::registrationOf);
        accessLog.recordRead(viewerUserId, employeeUserId, AccessLog.What.COMPETENCE_PROFILE);
        return registration.map(r -> changes(employeeUserId, r));
    }

    Optional<MappingRegistration> registrationOf(String processInstanceId) {
        return submissions.latest(processInstanceId, REGISTRATION).map(s -> {
            try {
                return MappingRegistration.of(mapper.readValue(s.getData(), Map.class));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The leader confirmed: the registration is merged into the profile, each added or changed entry
     * marked confirmed by the leader, each ended one kept with the day it ended. A registration with
     * problems is refused whole and nothing changes.
     */
    @Transactional
    public void merge(String employeeUserId, MappingRegistration registration, String confirmedByUserId) {
        List<InvalidField> problems = problems(employeeUserId, registration);
        if (!problems.isEmpty()) {
            throw new CompetenceValidationException(problems);
        }
        Employee employee = employee(employeeUserId);
        TransactionMemo.forget(PROFILES_AT_START);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        for (ProfileDiff.Difference d : diff(employee, registration)) {
            ProfileDiff.Proposed p = d.proposed();
            switch (d.kind()) {
                case NEW -> {
                    CompetenceHolding h = new CompetenceHolding(employee, p.entryType(), p.title(),
                            HoldingSource.SELF_REGISTERED, now);
                    h.describe(p.item(), p.institution(), p.level(), null, p.completedDate(), p.validUntil(),
                            p.realCategory());
                    h.describeInWords(p.description());
                    h.confirm(confirmedByUserId, now);
                    holdings.save(h);
                }
                case CHANGED -> {
                    CompetenceHolding h = d.holding();
                    h.reclassify(p.entryType());
                    h.revise(p.title(), p.item(), p.institution(), p.level(), p.completedDate(), p.validUntil(),
                            p.description());
                    h.confirm(confirmedByUserId, now);
                }
                case ENDED -> d.holding().end(now.toLocalDate(), confirmedByUserId, now);
            }
        }
    }

    private List<ProfileDiff.Difference> diff(Employee employee, MappingRegistration registration) {
        return ProfileDiff.between(current(employee), registration, items::findByCode,
                category -> texts.bokmal("competence.realCompetence.title." + category));
    }

    private List<FieldChange> registered(ProfileDiff.Proposed p) {
        List<FieldChange> fields = new ArrayList<>();
        for (String field : ProfileDiff.COMPARED) {
            String value = after(p, field);
            if (!value.isEmpty() && !"title".equals(field) && !"entryType".equals(field)) {
                fields.add(new FieldChange(label(field), "", value));
            }
        }
        return fields;
    }

    private String before(CompetenceHolding h, String field) {
        return words(field, switch (field) {
            case "entryType" -> h.getEntryType();
            case "title" -> h.getTitle();
            case "catalogueCode" -> h.getCompetenceItem();
            case "institution" -> h.getInstitution();
            case "level" -> h.getLevel();
            case "completedDate" -> h.getCompletedDate();
            case "validUntil" -> h.getValidUntil();
            default -> h.getDescription();
        });
    }

    private String after(ProfileDiff.Proposed p, String field) {
        return words(field, switch (field) {
            case "entryType" -> p.entryType();
            case "title" -> p.title();
            case "catalogueCode" -> p.item();
            case "institution" -> p.institution();
            case "level" -> p.level();
            case "completedDate" -> p.completedDate();
            case "validUntil" -> p.validUntil();
            default -> p.description();
        });
    }

    private String words(String field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof CompetenceItem item) {
            return item.getName();
        }
        if (value instanceof EntryType type) {
            return kind(type);
        }
        if (value instanceof EducationLevel level) {
            return texts.forCaller("competence.level." + level);
        }
        return value.toString();
    }

    private String kind(EntryType type) {
        return texts.forCaller("entryType." + type);
    }

    private String label(String field) {
        return texts.forCaller("competence.change.field." + field);
    }

    private Employee employee(String userId) {
        return organisation.findByUserId(userId).orElseThrow(() -> new UnknownEmployeeException(userId));
    }
}
