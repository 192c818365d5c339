package no.arshjul.security;

import no.arshjul.organisation.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The engine's standing permissions per group, set at every start-up (so a new version's grants
 * replace the old; change them here, not in Camunda Admin). Task permissions
 * are not here: the engine grants them to a task's assignee and candidate groups as tasks are made.
 * camunda-admin is the engine's admin group, held by technical operations and never by HR; like
 * Camunda's own administrator set-up it also gets every permission on every resource, which the
 * webapps consult (for example to open Admin). HR gets what it runs: deployments, the year's and
 * the plan's processes to start and follow, and no other group's tasks, answers or variables.
 */
@Component
@Order(10)
class EngineAuthorizations implements ApplicationRunner {

    /**
     * The processes HR runs itself (the year's launch batches with the year, so HR follows them in
     * Cockpit); the personal ones (mapping, appraisal talks) are not among them.
     */
    static final List<String> HR_PROCESSES = List.of("annual-cycle", "launch-batch", "skup", "plan-evaluation");

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Resources resource : Resources.values()) {
            grant(Role.CAMUNDA_ADMIN.groupId(), resource, Authorization.ANY, Permissions.ALL);
        }
        String employee = Role.EMPLOYEE.groupId();
        String hr = Role.HR.groupId();
        grant(employee, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(employee, Resources.FILTER, Authorization.ANY, Permissions.READ);

        grant(hr, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // Deploy and read, not delete: deleting a deployment with its instances would end every
        // running talk on it, and rolling back is a new deployment anyway.
        grant(hr, Resources.DEPLOYMENT, Authorization.ANY, Permissions.CREATE, Permissions.READ);
        grant(hr, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.ALL);
        grant(hr, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
        grant(hr, Resources.PROCESS_DEFINITION, Authorization.ANY, ProcessDefinitionPermissions.READ);
        grant(hr, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        // Read only: Årshjul starts the migration batches itself; a batch HR could create (set
        // variables, delete instances) would run without the per-instance checks.
        grant(hr, Resources.BATCH, Authorization.ANY, Permissions.READ);
        // HR starts these and follows them in Cockpit, but does not work the tasks of others in them:
        // the consultation belongs to the union representatives, the adoption to the rådmann.
        HR_PROCESSES.forEach(key -> grant(hr, Resources.PROCESS_DEFINITION, key,
                ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY,
                ProcessDefinitionPermissions.CREATE_INSTANCE));
    }

    /** Creates the grant, or resets an existing one to exactly these permissions (they change between versions). */
    private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        authorization.setPermissions(permissions);
        authorizations.saveAuthorization(authorization);
    }
}
