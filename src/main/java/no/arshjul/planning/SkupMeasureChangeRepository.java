package no.arshjul.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface SkupMeasureChangeRepository extends JpaRepository<SkupMeasureChange, Long> {

    List<SkupMeasureChange> findByPlanYearOrderByChangedAtAscIdAsc(int planYear);

    List<SkupMeasureChange> findByMeasureIdOrderByChangedAtAscIdAsc(Long measureId);

    long countByPlanYear(int planYear);
}
