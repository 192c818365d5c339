package no.arshjul.security.identity;

import no.arshjul.organisation.Employee;
import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import no.arshjul.security.CredentialService;
import no.arshjul.web.Texts;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.NativeUserQuery;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.TenantQuery;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.identity.UserQuery;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.GroupEntity;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;

/**
 * Camunda's users and groups are Årshjul's people and roles. Read-only: the organisation is kept
 * by the payroll import, so Camunda Admin shows it but cannot change it.
 */
@Component
public class OrganisationIdentityProvider implements ReadOnlyIdentityProvider {
    private final OrganisationService organisation;
    private final CredentialService credentials;
    private final Texts texts;

    public OrganisationIdentityProvider(OrganisationService organisation,
                                        CredentialService credentials,
                                        Texts texts) {
        this.organisation = organisation;
        this.credentials = credentials;
        this.texts = texts;
    }

    @Override
    public User findUserById(String userId) {
        return organisation.findByUserId(userId).map(OrganisationIdentityProvider::toUser).orElse(null);
    }

    @Override
    public UserQuery createUserQuery() {
        return new OrganisationUserQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), this);
    }

    @Override
    public UserQuery createUserQuery(CommandContext commandContext) {
        return new OrganisationUserQuery(this);
    }

    @Override
    public NativeUserQuery createNativeUserQuery() {
        throw new UnsupportedOperationException("Årshjul's identity comes from the organisation; native SQL queries are not supported");
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return credentials.checkPassword(userId, password);
    }

    @Override
    public Group findGroupById(String groupId) {
        return Role.ofGroupId(groupId).map(this::toGroup).orElse(null);
    }

    @Override
    public GroupQuery createGroupQuery() {
        return new OrganisationGroupQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired(), this);
    }

    @Override
    public GroupQuery createGroupQuery(CommandContext commandContext) {
        return new OrganisationGroupQuery(this);
    }

    @Override
    public Tenant findTenantById(String tenantId) {
        return null;
    }

    @Override
    public TenantQuery createTenantQuery() {
        return new NoTenantQuery(Context.getProcessEngineConfiguration().getCommandExecutorTxRequired());
    }

    @Override
    public TenantQuery createTenantQuery(CommandContext commandContext) {
        return new NoTenantQuery();
    }

    @Override
    public void flush() {
        // read-only: nothing to write
    }

    @Override
    public void close() {
        // the provider is a shared Spring bean; nothing to release per session
    }

    /** The users a query names: the narrowest criterion picks them, the query filters the rest. */
    List<User> usersFor(OrganisationUserQuery query) {
        List<Employee> candidates;
        if (query.getId() != null) {
            candidates = organisation.findByUserId(query.getId()).stream().toList();
        } else if (query.getIds() != null) {
            candidates = organisation.employeesWithUserIds(Arrays.asList(query.getIds()));
        } else if (query.getGroupId() != null) {
            candidates = Role.ofGroupId(query.getGroupId()).map(organisation::membersOf).orElse(List.of());
        } else {
            candidates = organisation.allEmployees();
        }
        return candidates.stream().map(OrganisationIdentityProvider::toUser).filter(query::matches).toList();
    }

    List<Group> groupsFor(OrganisationGroupQuery query) {
        List<Role> roles = query.getUserId() != null
                ? List.copyOf(organisation.rolesOf(query.getUserId()))
                : Arrays.asList(Role.values());
        return roles.stream().map(this::toGroup).filter(query::matches).toList();
    }

    static User toUser(Employee employee) {
        UserEntity user = new UserEntity(employee.getUserId());
        user.setFirstName(employee.getFirstName());
        user.setLastName(employee.getLastName());
        user.setEmail(employee.getEmail());
        return user;
    }

    private Group toGroup(Role role) {
        GroupEntity group = new GroupEntity(role.groupId());
        group.setName(texts.bokmal(role.textKey()));
        group.setType(role.groupType());
        return group;
    }
}
