package no.arshjul.tasks;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;
import java.util.Set;

interface FormDraftRepository extends JpaRepository<FormDraft, Long> {

    Optional<FormDraft> findByTaskIdAndUserId(String taskId, String userId);

    @Query("select d.taskId from FormDraft d where d.userId = :userId")
    Set<String> taskIdsWithDraftBy(String userId);

    @Modifying
    @Query("delete from FormDraft d where d.taskId = :taskId")
    void deleteByTaskId(String taskId);
}
