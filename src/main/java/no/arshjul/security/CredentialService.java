package no.arshjul.security;

import no.arshjul.organisation.OrganisationService;
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

    CredentialService(UserCredentialRepository credentials, OrganisationService organisation,
                      PasswordEncoder passwordEncoder, LoginAttempts attempts) {
        this.credentials = credentials;
        this.organisation = organisation;
        this.passwordEncoder = passwordEncoder;
        this.attempts = attempts;
    }

    /**
     * The engine's password check (Camunda's webapps log in with it), under the same throttle as
     * Årshjul's own log-in: a locked name is refused whatever the password, a wrong one counts.
     */
    @Transactional(readOnly = true)
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null || attempts.isLocked(userId)) {
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

    /** Gives those of these people who have no password yet this one; returns how many got it. */
    @Transactional
    public int giveInitialPassword(String password, Collection<String> userIds) {
        Set<String> without = new HashSet<>(userIds);
        credentials.findAllById(userIds).forEach(existing -> without.remove(existing.getUserId()));
        if (without.isEmpty()) {
            return 0;
        }
        // Hash once: hashing is slow on purpose, and the same hash verifies for everyone.
        String hash = passwordEncoder.encode(password);
        List<UserCredential> created = without.stream().map(userId -> new UserCredential(userId, hash)).toList();
        credentials.saveAll(created);
        return created.size();
    }
}
