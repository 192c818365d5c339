package no.arshjul.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.Optional;

public interface OrgUnitRepository extends JpaRepository<OrgUnit, Long> {

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> findByLeader(Employee leader);

    /** Open units only: a closed one is no longer part of the year's work. */
    List<OrgUnit> findByLevelTypeAndClosedAtIsNullOrderByCode(LevelType levelType);

    List<OrgUnit> findByClosedAtIsNull();

    List<OrgUnit> findByParent(OrgUnit parent);

    /** The levels of the units this person leads (none for most people): their leader roles in one query. */
    @Query("select distinct u.levelType from OrgUnit u where u.leader = :leader")
    List<LevelType> findLevelTypesLedBy(@Param("leader") Employee leader);

    @Query("select distinct u.leader from OrgUnit u where u.leader.active = true")
    List<Employee> findActiveLeaders();

    @Query("select distinct u.leader from OrgUnit u where u.leader.active = true and u.levelType = :levelType")
    List<Employee> findActiveLeadersAtLevel(LevelType levelType);
}
