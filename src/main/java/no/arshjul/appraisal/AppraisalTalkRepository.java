package no.arshjul.appraisal;

import no.arshjul.organisation.Employee;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface AppraisalTalkRepository extends JpaRepository<AppraisalTalk, Long> {

    Optional<AppraisalTalk> findByEmployeeAndYear(Employee employee, int year);

    Optional<AppraisalTalk> findByProcessInstanceId(String processInstanceId);

    List<AppraisalTalk> findByEmployeeInAndYear(Collection<Employee> employees, int year);
}
