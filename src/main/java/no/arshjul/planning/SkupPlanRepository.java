package no.arshjul.planning;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface SkupPlanRepository extends JpaRepository<SkupPlan, Long> {

    Optional<SkupPlan> findByPlanYear(int planYear);
}
