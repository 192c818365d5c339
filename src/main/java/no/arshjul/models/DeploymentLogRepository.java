package no.arshjul.models;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface DeploymentLogRepository extends JpaRepository<DeploymentLogEntry, Long> {

    List<DeploymentLogEntry> findByDeploymentIdIn(Collection<String> deploymentIds);
}
