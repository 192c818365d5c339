package no.arshjul.security.identity;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.UserQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

class OrganisationUserQuery extends UserQueryImpl {

    private final transient OrganisationIdentityProvider provider;

    OrganisationUserQuery(OrganisationIdentityProvider provider) {
        this.provider = provider;
    }

    OrganisationUserQuery(CommandExecutor executor, OrganisationIdentityProvider provider) {
        super(executor);
        this.provider = provider;
    }

    @Override
    public long executeCount(CommandContext commandContext) {
        checkQueryOk();
        return provider.usersFor(this).size();
    }

    @Override
    public List<User> executeList(CommandContext commandContext, Page page) {
        checkQueryOk();
        List<User> users = provider.usersFor(this).stream().sorted(Comparator.comparing(User::getId)).toList();
        return Paging.page(users, page, getFirstResult(), getMaxResults());
    }

    boolean matches(User user) {
        return Like.equalsIfSet(user.getId(), id)
                && (ids == null || Arrays.asList(ids).contains(user.getId()))
                && Like.equalsIfSet(user.getFirstName(), firstName)
                && Like.matches(user.getFirstName(), firstNameLike)
                && Like.equalsIfSet(user.getLastName(), lastName)
                && Like.matches(user.getLastName(), lastNameLike)
                && Like.equalsIfSet(user.getEmail(), email)
                && Like.matches(user.getEmail(), emailLike)
                // Årshjul has no tenants: a query for members of one finds nobody.
                && tenantId == null;
    }
}
