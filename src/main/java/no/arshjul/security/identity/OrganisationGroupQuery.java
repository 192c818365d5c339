package no.arshjul.security.identity;

import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.GroupQueryImpl;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

class OrganisationGroupQuery extends GroupQueryImpl {

    private final transient OrganisationIdentityProvider provider;

    OrganisationGroupQuery(OrganisationIdentityProvider provider) {
        this.provider = provider;
    }

    OrganisationGroupQuery(CommandExecutor executor, OrganisationIdentityProvider provider) {
        super(executor);
        this.provider = provider;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return provider.groupsFor(this).size();
    }

    @Override
    public List<Group> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        List<Group> groups = provider.groupsFor(this).stream().sorted(Comparator.comparing(Group::getId)).toList();
        return Paging.page(groups, page, getFirstResult(), getMaxResults());
    }

    boolean matches(Group group) {
        return Like.equalsIfSet(group.getId(), id)
                && (ids == null || Arrays.asList(ids).contains(group.getId()))
                && Like.equalsIfSet(group.getName(), name)
                && Like.matches(group.getName(), nameLike)
                && Like.equalsIfSet(group.getType(), type)
                && tenantId == null;
    }
}
