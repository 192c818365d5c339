package no.arshjul.security;

import org.springframework.security.crypto.password.PasswordEncoder;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The password check of HTTP Basic without a bcrypt round on every call. Scripts and Camunda Modeler
 * send the password with each request to {@code /engine-rest} and {@code /api}; bcrypt is meant to be
 * slow (about 80 ms of CPU per check), which made every such request wait for it.
 *
 * <p>A password bcrypt has accepted is remembered for {@code ttl} as an HMAC under a key drawn at
 * start-up that never leaves memory, keyed by the stored hash: a changed password has a new hash, so
 * the old one is never accepted from here. A wrong password is never remembered and always costs a
 * full bcrypt check (behind the log-in throttle). Encoding always uses bcrypt.
 */
final class VerifiedPasswords implements PasswordEncoder {

    private final PasswordEncoder bcrypt;
    private final Duration ttl;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Verified> verified;

    private record Verified(byte[] mac, Instant until) {
    }

    VerifiedPasswords(PasswordEncoder bcrypt, Duration ttl, int capacity, Clock clock) {
        this.bcrypt = bcrypt;
        this.ttl = ttl;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.verified = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Verified> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return bcrypt.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return bcrypt.matches(rawPassword, encodedPassword);
        }
        byte[] mac = mac(rawPassword);
        Instant now = clock.instant();
        Verified known;
        synchronized (verified) {
            known = verified.get(encodedPassword);
        }
        if (known != null && now.isBefore(known.until()) && MessageDigest.isEqual(known.mac(), mac)) {
            return true;
        }
        boolean right = bcrypt.matches(rawPassword, encodedPassword);
        if (right) {
            synchronized (verified) {
                verified.put(encodedPassword, new Verified(mac, now.plus(ttl)));
            }
        }
        return right;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return bcrypt.upgradeEncoding(encodedPassword);
    }

    private byte[] mac(CharSequence rawPassword) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            return hmac.doFinal(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
