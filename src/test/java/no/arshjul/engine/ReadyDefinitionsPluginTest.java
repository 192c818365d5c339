package no.arshjul.engine;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DefaultCacheFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.commons.utils.cache.Cache;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two threads start the same process on a node whose cache does not hold its definition yet: one
 * reads it from the database, and the other starts an instance the moment the definition is in the
 * cache. A real engine on in-memory H2, with the cache's put as the place where the second thread
 * cuts in.
 */
class ReadyDefinitionsPluginTest {

    private static final BpmnModelInstance REMINDED_STEP = Bpmn.createExecutableProcess("reminded-step")
            .camundaHistoryTimeToLive(1)
            .startEvent("start").userTask("step").boundaryEvent("too-late").timerWithDuration("P14D").endEvent("late")
            .moveToActivity("step").endEvent("done").done();

    @Test
    void theOtherThreadFindsTheDefinitionWithItsJobDefinitions() {
        Race race = new Race(true);
        try {
            race.run();

            assertThat(race.otherThread.get()).as("the other thread's start").isNull();
            assertThat(race.engine.getManagementService().createJobQuery().list())
                    .as("both timers belong to the definition and its job definition").hasSize(2)
                    .allSatisfy(timer -> {
                        assertThat(timer.getProcessDefinitionId()).isEqualTo(race.definitionId);
                        assertThat(timer.getJobDefinitionId()).isNotNull();
                    })
                    .extracting(Job::getJobDefinitionId).containsOnly(race.engine.getManagementService()
                            .createJobDefinitionQuery().activityIdIn("too-late").singleResult().getId());
        } finally {
            race.engine.close();
        }
    }

    @Test
    void theEngineAloneLetsTheOtherThreadFindItHalfMade() {
        Race race = new Race(false);
        try {
            race.run();

            assertThat(race.otherThread.get()).as("the failure seen in a launch on two nodes")
                    .isInstanceOf(NullValueException.class).hasMessageContaining("processDefinitionId is null");
            assertThat(race.engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(1);
        } finally {
            race.engine.close();
        }
    }

    /** In the application, Camunda's BPMN deployer is the one that caches definitions ready. */
    @Nested
    @ArshjulTest
    class InTheApplication {

        @Autowired
        ProcessEngine engine;

        @Test
        void theBpmnDeployerIsReplaced() {
            ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

            assertThat(configuration.getDeployers()).hasAtLeastOneElementOfType(ReadyDefinitionsPlugin.CachesReadyDefinitions.class)
                    .noneMatch(deployer -> deployer.getClass() == org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer.class);
        }
    }

    private static final class Race {

        final CutInOnPut cache = new CutInOnPut();
        final ProcessEngine engine;
        final AtomicReference<Throwable> otherThread = new AtomicReference<>();
        String definitionId;

        Race(boolean withPlugin) {
            StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
            configuration.setProcessEngineName("ready-definitions-" + UUID.randomUUID());
            configuration.setJdbcUrl("jdbc:h2:mem:" + configuration.getProcessEngineName() + ";DB_CLOSE_DELAY=-1");
            configuration.setCacheFactory(cache);
            if (withPlugin) {
                configuration.getProcessEnginePlugins().add(new ReadyDefinitionsPlugin());
            }
            engine = configuration.buildProcessEngine();
        }

        /** Deploys, forgets the definition as a node that did not deploy it, and starts it from two threads. */
        void run() {
            engine.getRepositoryService().createDeployment().addModelInstance("reminded-step.bpmn", REMINDED_STEP).deploy();
            definitionId = engine.getRepositoryService().createProcessDefinitionQuery().singleResult().getId();
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDeploymentCache()
                    .discardProcessDefinitionCache();
            cache.onNextDefinition = () -> {
                Thread other = new Thread(() -> {
                    try {
                        engine.getRuntimeService().startProcessInstanceById(definitionId);
                    } catch (Throwable t) {
                        otherThread.set(t);
                    }
                });
                other.start();
                try {
                    other.join(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                assertThat(other.isAlive()).as("the other thread's start has ended").isFalse();
            };

            engine.getRuntimeService().startProcessInstanceById(definitionId);

            assertThat(cache.onNextDefinition).as("the other thread cut in").isNull();
        }
    }

    /** The engine's own caches, but the next process definition put into one runs the cut-in first. */
    private static final class CutInOnPut extends DefaultCacheFactory {

        volatile Runnable onNextDefinition;

        @Override
        public <T> Cache<String, T> createCache(int maxNumberOfElementsInCache) {
            Cache<String, T> cache = super.createCache(maxNumberOfElementsInCache);
            return new Cache<>() {
                @Override
                public T get(String key) {
                    return cache.get(key);
                }

                @Override
                public void put(String key, T value) {
                    cache.put(key, value);
                    Runnable cutIn = onNextDefinition;
                    if (cutIn != null && value instanceof ProcessDefinitionEntity) {
                        onNextDefinition = null;
                        cutIn.run();
                    }
                }

                @Override
                public void clear() {
                    cache.clear();
                }

                @Override
                public void remove(String key) {
                    cache.remove(key);
                }

                @Override
                public Set<String> keySet() {
                    return cache.keySet();
                }

                @Override
                public int size() {
                    return cache.size();
                }

                @Override
                public boolean isEmpty() {
                    return cache.isEmpty();
                }
            };
        }
    }
}
