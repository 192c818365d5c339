package no.arshjul.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface CompetenceGoalRepository extends JpaRepository<CompetenceGoal, Long> {

    List<CompetenceGoal> findByPlanYearOrderByCompetenceCodeAscOrgUnitCodeAsc(int planYear);

    void deleteByPlanYear(int planYear);
}
