package no.arshjul.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface UnitTrainingPlanRepository extends JpaRepository<UnitTrainingPlan, Long> {

    Optional<UnitTrainingPlan> findByPlanYearAndUnitCode(int planYear, String unitCode);

    List<UnitTrainingPlan> findByPlanYearOrderByUnitCode(int planYear);

    List<UnitTrainingPlan> findByUnitCodeOrderByPlanYearDesc(String unitCode);
}
