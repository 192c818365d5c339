package no.arshjul.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface SectorEvaluationRepository extends JpaRepository<SectorEvaluation, Long> {

    Optional<SectorEvaluation> findByPlanYearAndSectorCode(int planYear, String sectorCode);

    List<SectorEvaluation> findByPlanYearOrderBySectorCode(int planYear);
}
