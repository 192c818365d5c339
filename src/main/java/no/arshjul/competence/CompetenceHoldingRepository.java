package no.arshjul.competence;

import no.arshjul.organisation.Employee;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

public interface CompetenceHoldingRepository extends JpaRepository<CompetenceHolding, Long> {

    @EntityGraph(attributePaths = "competenceItem")
    List<CompetenceHolding> findByEmployee(Employee employee);

    List<CompetenceHolding> findByEmployeeInAndEndedOnIsNull(Collection<Employee> employees);

    List<CompetenceHolding> findByEmployeeAndSource(Employee employee, HoldingSource source);

    boolean existsByEmployee(Employee employee);

    @EntityGraph(attributePaths = {"employee", "competenceItem"})
    List<CompetenceHolding> findByValidUntilBeforeAndEndedOnIsNullOrderByValidUntilAsc(LocalDate date);

    List<CompetenceHolding> findByEndedOnIsNull();

    @EntityGraph(attributePaths = {"employee", "competenceItem"})
    List<CompetenceHolding> findByEmployeeInAndValidUntilBeforeAndEndedOnIsNullOrderByValidUntilAsc(
            Collection<Employee> employees, LocalDate date);
}
