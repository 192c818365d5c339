package no.arshjul.competence;

import no.arshjul.organisation.Employee;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface CompetenceMappingRepository extends JpaRepository<CompetenceMapping, Long> {

    Optional<CompetenceMapping> findByEmployeeAndYear(Employee employee, int year);

    Optional<CompetenceMapping> findByProcessInstanceId(String processInstanceId);

    List<CompetenceMapping> findByEmployeeInAndYear(Collection<Employee> employees, int year);
}
