package no.arshjul.engine;

import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.model.Properties;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A node reads a process definition that another node (or an earlier start) deployed into its cache
 * the first time it needs it. The engine puts the definition into the cache first and then gives its
 * timers and asynchronous steps the ids of their job definitions. A second job thread that starts
 * the same process in between finds the definition without those ids, and Camunda 7.24 then refuses
 * the new timer ("Invalid process definition id: processDefinitionId is null"): a launch batch
 * failed that way when two nodes began a year. Here a definition read from the database gets its
 * job definitions before it is put into the cache, so no other thread sees it half made. A new
 * deployment keeps the engine's order: nobody else knows its ids before it commits.
 */
@Component
class ReadyDefinitionsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = configuration.getDeployers().stream().map(ReadyDefinitionsPlugin::ready).toList();
        configuration.setDeployers(deployers);
        configuration.getDeploymentCache().setDeployers(deployers);
    }

    private static Deployer ready(Deployer deployer) {
        if (deployer.getClass() != BpmnDeployer.class) {
            return deployer;
        }
        BpmnDeployer engines = (BpmnDeployer) deployer;
        CachesReadyDefinitions ready = new CachesReadyDefinitions();
        ready.setBpmnParser(engines.getBpmnParser());
        ready.setExpressionManager(engines.getExpressionManager());
        ready.setIdGenerator(engines.getIdGenerator());
        return ready;
    }

    static final class CachesReadyDefinitions extends BpmnDeployer {

        @Override
        protected void registerDefinition(DeploymentEntity deployment, ProcessDefinitionEntity definition,
                                          Properties properties) {
            if (deployment.isNew()) {
                super.registerDefinition(deployment, definition, properties);
                return;
            }
            definitionAddedToDeploymentCache(deployment, definition, properties);
            addDefinitionToDeploymentCache(getDeploymentCache(), definition);
            deployment.addDeployedArtifact(definition);
        }
    }
}
