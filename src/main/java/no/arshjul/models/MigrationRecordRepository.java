package no.arshjul.models;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface MigrationRecordRepository extends JpaRepository<MigrationRecord, Long> {

    Optional<MigrationRecord> findByBatchId(String batchId);

    List<MigrationRecord> findTop20ByOrderByStartedAtDesc();
}
