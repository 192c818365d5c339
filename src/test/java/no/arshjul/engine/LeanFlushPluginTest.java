package no.arshjul.engine;

import no.arshjul.support.ArshjulTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine writes its rows through Årshjul's cheaper id check and one-pass order of references
 * ({@link ReferenceOrderTest} holds the order's rule), and the check still refuses what the engine's own refuses: an entity with the reserved id "*" is not saved, with the engine's message.
 */
@ArshjulTest
class LeanFlushPluginTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    TaskService taskService;

    @Test
    void theEngineWritesThroughTheCheapCheckAndTheOnePassOrder() {
        DbEntityManager used = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(context -> context.getDbEntityManager());

        assertThat(used).isInstanceOf(LeanFlushPlugin.LeanEntityManager.class);
        assertThat(used.getDbOperationManager()).isInstanceOf(ReferenceOrder.class);
    }

    @Test
    void theReservedIdIsStillRefusedAndNothingIsSaved() {
        Task star = taskService.newTask("*");

        assertThatThrownBy(() -> taskService.saveTask(star)).isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining("has an invalid id").hasMessageContaining("cannot be *");
        assertThat(taskService.createTaskQuery().taskId("*").count()).isZero();
    }

    @Test
    void aTaskWithAnOrdinaryIdIsSaved() {
        Task task = taskService.newTask("entity-id-check-ordinary");
        try {
            taskService.saveTask(task);
            assertThat(taskService.createTaskQuery().taskId("entity-id-check-ordinary").count()).isEqualTo(1);
        } finally {
            taskService.deleteTask("entity-id-check-ordinary", true);
        }
    }
}
