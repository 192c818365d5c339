package no.arshjul.engine;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Two of the engine's questions to ACT_RU_AUTHORIZATION that cost much at 50,000 people and change
 * no answer.
 * <ul>
 * <li>In every command that checks authorizations, the engine first narrows the person's groups to
 * those some authorization names, by reading the group of every row of the table. There is a row
 * per open task for its assignee, so that is a scan of over 100,000 rows for each inbox. A group
 * that no authorization names matches none, so the person's few groups are used as they are.</li>
 * <li>Before it grants a task's assignee (or candidate group) their rights, the engine looks for the
 * grant it would update. A task created in the same command has none yet, so a launch skips that
 * query for each of its 100,000 new tasks.</li>
 * </ul>
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineSessions.replace(configuration, AuthorizationManager.class, AuthorizationsForAllGroups::new);
    }

    static final class AuthorizationsForAllGroups extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? new ArrayList<>()
                    : new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
        }

        @Override
        public AuthorizationEntity findAuthorizationByUserIdAndResourceId(int type, String userId, Resource resource,
                                                                          String resourceId) {
            return isTaskCreatedInThisCommand(resource, resourceId) ? null
                    : super.findAuthorizationByUserIdAndResourceId(type, userId, resource, resourceId);
        }

        @Override
        public AuthorizationEntity findAuthorizationByGroupIdAndResourceId(int type, String groupId, Resource resource,
                                                                           String resourceId) {
            return isTaskCreatedInThisCommand(resource, resourceId) ? null
                    : super.findAuthorizationByGroupIdAndResourceId(type, groupId, resource, resourceId);
        }

        private static boolean isTaskCreatedInThisCommand(Resource resource, String resourceId) {
            if (resource == null || resource.resourceType() != Resources.TASK.resourceType() || resourceId == null) {
                return false;
            }
            DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
            TaskEntity task = cache.get(TaskEntity.class, resourceId);
            return task != null && cache.isTransient(task);
        }
    }
}
