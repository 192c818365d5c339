package no.arshjul.security;

import no.arshjul.organisation.OrganisationService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Passwords are stored only as hashes; only active employees may log in. */
@Service
public class CredentialService {

    private final UserCredentialRepository credentials;
    private final OrganisationService organisation;
    private final PasswordEncoder passwordEncoder;
    private final LoginAttempts attempts;
    private final LocalLogIn localLogIn;
    private final int minimumLength;

    CredentialService(UserCredentialRepository credentials, OrganisationService organisation,
                      PasswordEncoder passwordEncoder, LoginAttempts attempts, LocalLogIn localLogIn,
                      @Value("${arshjul.login.minimum-password-length:12}") int minimumLength) {
        this.credentials = credentials;
        this.organisation = organisation;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
        this.localLogIn = localLogIn;
        this.minimumLength = minimumLength;
    }

    /**
     * The engine's password check (Camunda's webapps log in with it), under the same throttle as
     * Årshjul's own log-in: a locked name is refused whatever the password, a wrong one counts.
     * Refused too while local log-in is off (camunda-admin excepted) and while the password is an
     * initial one that must first be changed on Årshjul's own page.
     */
    @Transactional(readOnly = true)
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null || attempts.isLocked(userId) || !localLogIn.allowsPasswordFor(userId)
                || mustChangePassword(userId)) {
            return false;
        }
        boolean active = organisation.findByUserId(userId).map(e -> e.isActive()).orElse(false);
        boolean right = active && hashOf(userId).map(hash -> passwordEncoder.matches(password, hash)).orElse(false);
        if (right) {
            attempts.succeeded(userId);
        } else {
            attempts.failed(userId);
        }
        return right;
    }

    @Transactional(readOnly = true)
    public Optional<String> hashOf(String userId) {
        return credentials.findById(userId).map(UserCredential::getPasswordHash);
    }

    @Transactional
    public void setPasswordHash(String userId, String hash) {
        credentials.save(new UserCredential(userId, hash));
    }

    @Transactional(readOnly = true)
    public boolean hasPassword(String userId) {
        return credentials.existsById(userId);
    }

    /** Gives those of these people who have no password yet this one, to keep (the demo's); returns how many got it. */
    @Transactional
    public int giveInitialPassword(String password, Collection<String> userIds) {
        return give(password, userIds, false);
    }

    /** Gives those of these people who have no password yet this one, to change at first log-in; returns how many got it. */
    @Transactional
    public int giveInitialPasswordToChange(String password, Collection<String> userIds) {
        return give(password, userIds, true);
    }

    @Transactional(readOnly = true)
    public boolean mustChangePassword(String userId) {
        return userId != null && credentials.findById(userId).map(UserCredential::isMustChange).orElse(false);
    }

    public int minimumLength() {
        return minimumLength;
    }

    /**
     * The person's own new password, with the current one as proof. Every problem is reported at
     * once, by field; nothing changes unless there are none. A wrong current password counts
     * toward the log-in throttle, so a left-open session cannot be used to guess it.
     */
    @Transactional
    public void changePassword(String userId, String current, String newPassword, String repeated) {
        UserCredential credential = credentials.findById(userId)
                .orElseThrow(() -> new PasswordChangeRefusedException(List.of(
                        new PasswordChangeRefusedException.Problem("currentPassword", "password.noLocalPassword"))));
        List<PasswordChangeRefusedException.Problem> problems = new java.util.ArrayList<>();
        if (attempts.isLocked(userId)) {
            problems.add(new PasswordChangeRefusedException.Problem("currentPassword", "login.locked"));
        } else if (current == null || !passwordEncoder.matches(current, credential.getPasswordHash())) {
            attempts.failed(userId);
            problems.add(new PasswordChangeRefusedException.Problem("currentPassword", "password.wrongCurrent"));
        }
        String chosen = newPassword == null ? "" : newPassword;
        if (chosen.codePointCount(0, chosen.length()) < minimumLength) {
            problems.add(new PasswordChangeRefusedException.Problem("newPassword", "password.tooShort", minimumLength));
        } else if (chosen.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
            // bcrypt reads at most 72 bytes; a longer password would be silently cut.
            problems.add(new PasswordChangeRefusedException.Problem("newPassword", "password.tooLong", MAXIMUM_BYTES));
        } else if (current != null && chosen.equals(current)) {
            problems.add(new PasswordChangeRefusedException.Problem("newPassword", "password.sameAsOld"));
        }
        if (!chosen.equals(repeated)) {
            problems.add(new PasswordChangeRefusedException.Problem("repeatPassword", "password.mismatch"));
        }
        if (!problems.isEmpty()) {
            throw new PasswordChangeRefusedException(problems);
        }
        attempts.succeeded(userId);
        credential.replace(passwordEncoder.encode(chosen));
    }

    static final int MAXIMUM_BYTES = 72;

    private int give(String password, Collection<String> userIds, boolean mustChange) {
        Set<String> without = new HashSet<>(userIds);
        credentials.findAllById(userIds).forEach(existing -> without.remove(existing.getUserId()));
        if (without.isEmpty()) {
            return 0;
        }
        // Hash once: hashing is slow on purpose, and the same hash verifies for everyone.
        String hash = passwordEncoder.encode(password);
        List<UserCredential> created = without.stream().map(userId -> new UserCredential(userId, hash, mustChange)).toList();
        credentials.saveAll(created);
        return created.size();
    }
}
