package no.arshjul.security;

import no.arshjul.organisation.OrganisationService;
import no.arshjul.organisation.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Whether local passwords log in. HR turns them off once single sign-on works (never while no
 * provider is configured, or nobody could log in); camunda-admin keeps its password as break-glass
 * for technical operations when the provider is down.
 */
@Service
public class LocalLogIn {

    private static final Logger log = LoggerFactory.getLogger(LocalLogIn.class);

    private final LoginSettingRepository settings;
    private final OrganisationService organisation;
    private final OidcSettings oidc;
    private final Clock clock;

    LocalLogIn(LoginSettingRepository settings, OrganisationService organisation, OidcSettings oidc, Clock clock) {
        this.settings = settings;
        this.organisation = organisation;
        this.oidc = oidc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public State state() {
        LoginSetting setting = setting();
        return new State(setting.isLocalLogInEnabled(), oidc.enabled(), setting.getChangedBy(), setting.getChangedAt());
    }

    /** May this user name log in with a password now? Checked before the password is, so it reveals nothing about it. */
    @Transactional(readOnly = true)
    public boolean allowsPasswordFor(String userId) {
        return setting().isLocalLogInEnabled()
                || (userId != null && organisation.rolesOf(userId).contains(Role.CAMUNDA_ADMIN));
    }

    /** Turns local log-in on or off; off is refused while no OpenID Connect provider is configured. */
    @Transactional
    public State set(boolean enabled, String byUserId) {
        if (!enabled && !oidc.enabled()) {
            throw new LocalLogInRefusedException("localLogIn.noSso");
        }
        setting().setLocalLogInEnabled(enabled, byUserId, LocalDateTime.now(clock));
        log.info("Local log-in turned {} by {}", enabled ? "on" : "off", byUserId);
        return state();
    }

    private LoginSetting setting() {
        return settings.findById(LoginSetting.ID).orElseThrow(() -> new IllegalStateException("login_setting row 1 is missing (V51)"));
    }

    public record State(boolean localLogInEnabled, boolean ssoConfigured, String changedBy, LocalDateTime changedAt) {
    }
}
