package no.arshjul.organisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;

public interface RoleAssignmentRepository extends JpaRepository<RoleAssignment, Long> {

    List<RoleAssignment> findByEmployee(Employee employee);

    List<RoleAssignment> findByEmployeeIn(Collection<Employee> employees);

    @Query("select a.employee from RoleAssignment a where a.role = :groupId and a.employee.active = true")
    List<Employee> findActiveEmployeesWithRole(String groupId);
}
