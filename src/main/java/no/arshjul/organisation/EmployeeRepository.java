package no.arshjul.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface EmployeeRepository extends JpaRepository<Employee, Long> {

    Optional<Employee> findByUserId(String userId);

    Optional<Employee> findByEmployeeNumber(String employeeNumber);

    List<Employee> findByEmailIgnoreCase(String email);

    List<Employee> findByUserIdIn(Collection<String> userIds);

    List<Employee> findByActiveTrue();

    List<Employee> findByUnitAndActiveTrue(OrgUnit unit);

    long countByActiveTrue();
}
