package no.arshjul.competence;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface CompetenceItemRepository extends JpaRepository<CompetenceItem, Long> {

    Optional<CompetenceItem> findByCode(String code);

    boolean existsByCode(String code);

    List<CompetenceItem> findByActiveTrueOrderByCode();

    List<CompetenceItem> findAllByOrderByCode();
}
