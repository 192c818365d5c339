package no.arshjul.appraisal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

public interface DevelopmentMeasureRepository extends JpaRepository<DevelopmentMeasure, Long> {

    List<DevelopmentMeasure> findByTalkOrderByIdAsc(AppraisalTalk talk);

    List<DevelopmentMeasure> findByTalkIn(Collection<AppraisalTalk> talks);
}
