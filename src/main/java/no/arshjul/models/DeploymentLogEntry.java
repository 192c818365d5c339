package no.arshjul.models;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** Who deployed models at run time, when, how, and why. */
@Entity
@Table(name = "model_deployment_log")
public class DeploymentLogEntry {

    /** How the models came in. */
    public enum Channel {
        PAGE, API, MODELER, ROLLBACK
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "deployment_id", nullable = false)
    private String deploymentId;
    @Column(name = "deployed_by", nullable = false)
    private String deployedBy;
    @Column(name = "deployed_at", nullable = false)
    private Instant deployedAt;
    @Column(nullable = false)
    private String channel;
    @Column(length = 1000)
    private String comment;

    protected DeploymentLogEntry() {
    }

    DeploymentLogEntry(String deploymentId, String deployedBy, Instant deployedAt, Channel channel, String comment) {
        this.deploymentId = deploymentId;
        this.deployedBy = deployedBy;
        this.deployedAt = deployedAt;
        this.channel = channel.name();
        this.comment = comment == null || comment.isBlank() ? null
                : comment.substring(0, Math.min(comment.length(), 1000));
    }

    public String getDeploymentId() {
        return deploymentId;
    }

    public String getDeployedBy() {
        return deployedBy;
    }

    public Instant getDeployedAt() {
        return deployedAt;
    }

    public String getChannel() {
        return channel;
    }

    public String getComment() {
        return comment;
    }
}
