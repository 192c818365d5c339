package no.arshjul.cycle;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

public interface AnnualCycleRepository extends JpaRepository<AnnualCycle, Long> {

    Optional<AnnualCycle> findByYear(int year);

    boolean existsByYear(int year);
}
