package no.arshjul.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.util.Collection;

/** A person logged in through the provider, named by their Årshjul user id whatever claim identified them. */
class ArshjulOidcUser extends DefaultOidcUser {

    private final String userId;
    private final String nameClaim;

    ArshjulOidcUser(String userId, Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken,
                    OidcUserInfo userInfo, String nameClaim) {
        super(authorities, idToken, userInfo, nameClaim);
        this.userId = userId;
        this.nameClaim = nameClaim;
    }

    /** The same person with the roles the organisation gives them now. */
    ArshjulOidcUser withAuthorities(Collection<? extends GrantedAuthority> authorities) {
        return new ArshjulOidcUser(userId, authorities, getIdToken(), getUserInfo(), nameClaim);
    }

    @Override
    public String getName() {
        return userId;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other) && other instanceof ArshjulOidcUser that && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + userId.hashCode();
    }
}
