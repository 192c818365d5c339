package no.arshjul.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Basic's password check: bcrypt once per password and stored hash, then from memory for a while. */
class VerifiedPasswordsTest {

    final AtomicInteger bcryptChecks = new AtomicInteger();
    final BCryptPasswordEncoder real = new BCryptPasswordEncoder(4);
    final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            bcryptChecks.incrementAndGet();
            return real.matches(raw, encoded);
        }
    };
    final MovableClock clock = new MovableClock();
    final VerifiedPasswords passwords = new VerifiedPasswords(counting, Duration.ofMinutes(5), 2, clock);

    @Test
    void aRightPasswordIsCheckedByBcryptOnceWithinTheTtl() {
        String hash = passwords.encode("riktig-passord");
        assertThat(passwords.matches("riktig-passord", hash)).isTrue();
        assertThat(passwords.matches("riktig-passord", hash)).isTrue();
        assertThat(passwords.matches("riktig-passord", hash)).isTrue();
        assertThat(bcryptChecks).hasValue(1);

        clock.move(Duration.ofMinutes(5));
        assertThat(passwords.matches("riktig-passord", hash)).isTrue();
        assertThat(bcryptChecks).as("checked again once the TTL is over").hasValue(2);
    }

    @Test
    void aWrongPasswordIsNeverAcceptedAndAlwaysCostsBcrypt() {
        String hash = passwords.encode("riktig-passord");
        assertThat(passwords.matches("riktig-passord", hash)).isTrue();
        assertThat(passwords.matches("feil-passord", hash)).isFalse();
        assertThat(passwords.matches("feil-passord", hash)).isFalse();
        assertThat(passwords.matches("", hash)).isFalse();
        assertThat(bcryptChecks).hasValue(4);
    }

    @Test
    void aChangedPasswordHasANewHashAndTheOldPasswordIsNotAcceptedFromMemory() {
        String old = passwords.encode("gammelt-passord");
        assertThat(passwords.matches("gammelt-passord", old)).isTrue();
        String changed = passwords.encode("nytt-passord-123");
        assertThat(passwords.matches("gammelt-passord", changed)).isFalse();
        assertThat(passwords.matches("nytt-passord-123", changed)).isTrue();
    }

    @Test
    void theMemoryIsBounded() {
        String a = passwords.encode("a-passord");
        String b = passwords.encode("b-passord");
        String c = passwords.encode("c-passord");
        passwords.matches("a-passord", a);
        passwords.matches("b-passord", b);
        passwords.matches("c-passord", c);
        int before = bcryptChecks.get();
        passwords.matches("a-passord", a);
        assertThat(bcryptChecks.get()).as("the eldest was forgotten").isEqualTo(before + 1);
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
