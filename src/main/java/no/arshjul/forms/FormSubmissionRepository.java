package no.arshjul.forms;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface FormSubmissionRepository extends JpaRepository<FormSubmission, Long> {

    Optional<FormSubmission> findFirstByProcessInstanceIdAndFormKeyOrderByIdDesc(String processInstanceId, String formKey);

    long countByProcessInstanceId(String processInstanceId);
}
