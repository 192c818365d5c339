package no.arshjul.models;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A migration HR started: which instances, from which version to which, by whom. Camunda runs it as a batch. */
@Entity
@Table(name = "model_migration")
public class MigrationRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "batch_id", nullable = false)
    private String batchId;
    @Column(name = "source_definition_id", nullable = false)
    private String sourceDefinitionId;
    @Column(name = "target_definition_id", nullable = false)
    private String targetDefinitionId;
    @Column(name = "instance_ids", nullable = false, length = 1_000_000)
    private String instanceIds;
    @Column(name = "instance_count", nullable = false)
    private int instanceCount;
    @Column(name = "skipped_count", nullable = false)
    private int skippedCount;
    @Column(name = "started_by", nullable = false)
    private String startedBy;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    protected MigrationRecord() {
    }

    MigrationRecord(String batchId, String sourceDefinitionId, String targetDefinitionId, List<String> instanceIds,
                    int skippedCount, String startedBy, Instant startedAt) {
        this.batchId = batchId;
        this.sourceDefinitionId = sourceDefinitionId;
        this.targetDefinitionId = targetDefinitionId;
        this.instanceIds = String.join(",", instanceIds);
        this.instanceCount = instanceIds.size();
        this.skippedCount = skippedCount;
        this.startedBy = startedBy;
        this.startedAt = startedAt;
    }

    public String getBatchId() {
        return batchId;
    }

    public String getSourceDefinitionId() {
        return sourceDefinitionId;
    }

    public String getTargetDefinitionId() {
        return targetDefinitionId;
    }

    public List<String> getInstanceIds() {
        return instanceIds.isEmpty() ? List.of() : Arrays.asList(instanceIds.split(","));
    }

    public int getInstanceCount() {
        return instanceCount;
    }

    public int getSkippedCount() {
        return skippedCount;
    }

    public String getStartedBy() {
        return startedBy;
    }

    public Instant getStartedAt() {
        return startedAt;
    }
}
