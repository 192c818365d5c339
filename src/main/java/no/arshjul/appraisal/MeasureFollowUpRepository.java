package no.arshjul.appraisal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface MeasureFollowUpRepository extends JpaRepository<MeasureFollowUp, Long> {

    List<MeasureFollowUp> findByMeasureOrderByIdAsc(DevelopmentMeasure measure);
}
