package no.arshjul.privacy;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.List;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long>, JpaSpecificationExecutor<AccessLogEntry> {

    List<AccessLogEntry> findBySubjectUserIdOrderByOccurredAtDescIdDesc(String subjectUserId, Pageable page);

    List<AccessLogEntry> findBySubjectUserIdOrActorUserIdOrderByOccurredAtDescIdDesc(String subject, String actor);

    @Modifying
    @Query("delete from AccessLogEntry e where e.subjectUserId = :userId")
    int deleteBySubject(String userId);

    @Modifying
    @Query("delete from AccessLogEntry e where e.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
