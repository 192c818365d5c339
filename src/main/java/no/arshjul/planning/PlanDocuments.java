package no.arshjul.planning;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.LevelType;
import no.arshjul.organisation.OrgUnit;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import no.arshjul.web.Texts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * What the plan's people wrote, for those who work on the plan after them, and who may read it.
 * <ul>
 *   <li>The sectors' input and the sectors' evaluations are working papers of the plan: HR, the
 *   rådmann, the union representatives and Kompetanseforum read them (the same people who read a
 *   draft); a kommunalsjef writes the sector's own and does not read the other sectors'.</li>
 *   <li>A unit's approved training plan is read by the unit's people (those in the unit or a
 *   department of it), its leader, the head of its sector (kommunalsjef) and HR; nobody else.</li>
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class PlanDocuments {

    /** Those who read a plan before it is adopted, and its working papers. */
    static final Set<Role> DRAFT_READERS = EnumSet.of(Role.HR, Role.RADMANN, Role.TILLITSVALGT, Role.KOMPETANSEFORUM);

    /** A sector's input or evaluation: the sector, who wrote it and when, and what, in the form's words. */
    public record SectorAnswer(String sectorCode, String sectorName, String writtenBy, Instant writtenAt,
                               List<PlanAnswers.Answer> answers) {
    }

    /** A unit's approved training plan. */
    public record UnitPlan(String unitCode, String unitName, int planYear, LocalDate consultationDate,
                           String approvedBy, List<PlanAnswers.Answer> answers, List<Integer> otherYears) {
    }

    private final SectorInputRepository inputs;
    private final SectorEvaluationRepository evaluations;
    private final UnitTrainingPlanRepository unitPlans;
    private final OrganisationService organisation;
    private final PlanAnswers answers;
    private final Texts texts;

    PlanDocuments(SectorInputRepository inputs, SectorEvaluationRepository evaluations,
                  UnitTrainingPlanRepository unitPlans, OrganisationService organisation, PlanAnswers answers,
                  Texts texts) {
        this.inputs = inputs;
        this.evaluations = evaluations;
        this.unitPlans = unitPlans;
        this.organisation = organisation;
        this.answers = answers;
        this.texts = texts;
    }

    public boolean readsWorkingPapers(String userId) {
        return organisation.rolesOf(userId).stream().anyMatch(DRAFT_READERS::contains);
    }

    /** The sectors' input to a plan year, sector by sector; empty for someone who may not read it. */
    public List<SectorAnswer> sectorInputs(int planYear, String viewer) {
        if (!readsWorkingPapers(viewer)) {
            return List.of();
        }
        Map<String, String> names = unitNames();
        Map<String, String> people = new HashMap<>();
        return inputs.findByPlanYearOrderBySectorCode(planYear).stream().map(i -> {
            List<PlanAnswers.Answer> written = answers.answers(i.getAnswers(), i.getProcessInstanceId(), "skup-sector-input");
            if (written.isEmpty() && i.getChallenges() != null) {
                written = List.of(new PlanAnswers.Answer(texts.forCaller("planDocs.challenges"), i.getChallenges(), null));
            }
            return new SectorAnswer(i.getSectorCode(), names.getOrDefault(i.getSectorCode(), i.getSectorCode()),
                    name(people, i.getSubmittedBy()), i.getSubmittedAt(), written);
        }).toList();
    }

    /** The sectors' evaluations of a plan year; empty for someone who may not read them. */
    public List<SectorAnswer> evaluations(int planYear, String viewer) {
        if (!readsWorkingPapers(viewer)) {
            return List.of();
        }
        Map<String, String> names = unitNames();
        Map<String, String> people = new HashMap<>();
        return evaluations.findByPlanYearOrderBySectorCode(planYear).stream().map(e -> new SectorAnswer(
                e.getSectorCode(), names.getOrDefault(e.getSectorCode(), e.getSectorCode()),
                name(people, e.getSubmittedBy()), e.getSubmittedAt(),
                answers.answers(e.getAnswers(), e.getProcessInstanceId(), "sector-plan-evaluation"))).toList();
    }

    /** Whether the person may read the unit's training plans (see the class comment). */
    public boolean mayReadUnitPlan(String viewer, String unitCode) {
        Set<Role> roles = organisation.rolesOf(viewer);
        if (roles.contains(Role.HR)) {
            return true;
        }
        Map<Long, OrgUnit> byId = organisation.allUnits().stream().collect(Collectors.toMap(OrgUnit::getId, u -> u));
        OrgUnit unit = byId.values().stream().filter(u -> u.getCode().equals(unitCode)).findFirst().orElse(null);
        Employee me = organisation.findByUserId(viewer).orElse(null);
        if (unit == null || me == null) {
            return false;
        }
        // the unit's people: their own unit is the unit or lies below it
        for (OrgUnit u = byId.get(me.getUnit().getId()); u != null; u = u.getParent() == null ? null : byId.get(u.getParent().getId())) {
            if (u.getId().equals(unit.getId())) {
                return true;
            }
        }
        // its leader, and the head of its sector
        for (OrgUnit u = unit; u != null; u = u.getParent() == null ? null : byId.get(u.getParent().getId())) {
            boolean leads = u.getLeader() != null && viewer.equals(u.getLeader().getUserId());
            if (leads && (u.getId().equals(unit.getId()) || u.getLevelType() == LevelType.SEKTOR)) {
                return true;
            }
        }
        return false;
    }

    /** The unit's approved plan of that year (the newest approved when year is null); 403 for others, 404 when none. */
    public UnitPlan unitPlan(String unitCode, Integer year, String viewer) {
        if (!mayReadUnitPlan(viewer, unitCode)) {
            throw new AccessDeniedException(texts.forCaller("planDocs.unitPlan.denied"));
        }
        List<UnitTrainingPlan> approved = unitPlans.findByUnitCodeOrderByPlanYearDesc(unitCode).stream()
                .filter(UnitTrainingPlan::isApproved).toList();
        UnitTrainingPlan plan = approved.stream().filter(p -> year == null || p.getPlanYear() == year).findFirst()
                .orElseThrow(() -> new ResponseStatusException(NOT_FOUND, year == null
                        ? texts.forCaller("planDocs.unitPlan.none", unitName(unitCode))
                        : texts.forCaller("planDocs.unitPlan.noneFor", unitName(unitCode), String.valueOf(year))));
        return new UnitPlan(unitCode, unitName(unitCode), plan.getPlanYear(), plan.getConsultationDate(),
                name(new HashMap<>(), plan.getSubmittedBy()),
                answers.answers(plan.getAnswers(), plan.getProcessInstanceId(), "unit-training-plan"),
                approved.stream().map(UnitTrainingPlan::getPlanYear).filter(y -> y != plan.getPlanYear()).toList());
    }

    /** The unit (enhet) whose plan a person reads first: their own unit's, or the unit above their department. */
    public Optional<String> ownUnitOf(String viewer) {
        Map<Long, OrgUnit> byId = organisation.allUnits().stream().collect(Collectors.toMap(OrgUnit::getId, u -> u));
        return organisation.findByUserId(viewer).map(e -> {
            OrgUnit u = byId.get(e.getUnit().getId());
            while (u.getLevelType() == LevelType.AVDELING && u.getParent() != null) {
                u = byId.get(u.getParent().getId());
            }
            return u.getCode();
        });
    }

    private String unitName(String code) {
        return unitNames().getOrDefault(code, code);
    }

    private Map<String, String> unitNames() {
        return organisation.allUnits().stream().collect(Collectors.toMap(OrgUnit::getCode, OrgUnit::getName, (a, b) -> a));
    }

    private String name(Map<String, String> cache, String userId) {
        if (userId == null) {
            return "";
        }
        return cache.computeIfAbsent(userId, id -> organisation.findByUserId(id).map(Employee::getFullName).orElse(id));
    }
}
