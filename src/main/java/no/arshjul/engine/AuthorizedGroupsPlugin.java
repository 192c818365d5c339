package no.arshjul.engine;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Three of the engine's look-ups of authorizations that cost much at 50,000 people and change no
 * answer.
 * <ul>
 * <li>In every command that checks authorizations, the engine first narrows the person's groups to
 * those some authorization names, by reading the group of every row of the table. There is a row
 * per open task for its assignee, so that is a scan of over 100,000 rows for each inbox. A group
 * that no authorization names matches none, so the person's few groups are used as they are.</li>
 * <li>Before it grants a task's assignee (or candidate group) their rights, the engine looks for the
 * grant it would update. A task created in the same command has none yet, so a launch skips that
 * query for each of its 100,000 new tasks.</li>
 * <li>When it grants a right, the engine looks through every authorization the command has made so
 * far for one to merge with (an assignee who is also the owner gets one row). A launch command makes
 * hundreds, so for a task created in the same command only that task's own grants are looked at.</li>
 * </ul>
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineSessions.replace(configuration, AuthorizationManager.class, AuthorizationsForAllGroups::new);
        if (configuration.getResourceAuthorizationProvider() == null) {
            configuration.setResourceAuthorizationProvider(new GrantsMergedPerNewTask());
        }
    }

    static final class AuthorizationsForAllGroups extends AuthorizationManager {

        private final Map<String, List<AuthorizationEntity>> grantsOnNewTasks = new HashMap<>();

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

        /** The grants made in this command on a task created in it, kept by {@link GrantsMergedPerNewTask}. */
        List<AuthorizationEntity> grantsOnNewTask(String taskId) {
            return grantsOnNewTasks.computeIfAbsent(taskId, id -> new ArrayList<>());
        }

        static boolean isTaskCreatedInThisCommand(Resource resource, String resourceId) {
            if (resource == null || resource.resourceType() != Resources.TASK.resourceType() || resourceId == null) {
                return false;
            }
            DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
            TaskEntity task = cache.get(TaskEntity.class, resourceId);
            return task != null && cache.isTransient(task);
        }
    }

    static final class GrantsMergedPerNewTask extends DefaultAuthorizationProvider {

        @Override
        protected void updateAuthorizationBasedOnCacheEntries(AuthorizationEntity authorization, String userId,
                                                              String groupId, Resource resource, String resourceId) {
            CommandContext context = Context.getCommandContext();
            if (!(context.getAuthorizationManager() instanceof AuthorizationsForAllGroups authorizations)
                    || !AuthorizationsForAllGroups.isTaskCreatedInThisCommand(resource, resourceId)) {
                super.updateAuthorizationBasedOnCacheEntries(authorization, userId, groupId, resource, resourceId);
                return;
            }
            DbEntityCache cache = context.getDbEntityManager().getDbEntityCache();
            List<AuthorizationEntity> earlierGrants = authorizations.grantsOnNewTask(resourceId);
            for (Iterator<AuthorizationEntity> grants = earlierGrants.iterator(); grants.hasNext(); ) {
                AuthorizationEntity earlier = grants.next();
                if (cache.contains(earlier)
                        && hasEntitySameAuthorizationRights(earlier, userId, groupId, resource, resourceId)) {
                    authorization.setPermissions(earlier.getPermissions());
                    cache.remove(earlier);
                    grants.remove();
                    break;
                }
            }
            earlierGrants.add(authorization);
        }
    }
}
