package no.arshjul.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "user_credential")
public class UserCredential {

    @Id
    @Column(name = "user_id")
    private String userId;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** An initial password someone else chose: it must be replaced before the person does anything else. */
    @Column(name = "must_change", nullable = false)
    private boolean mustChange;

    protected UserCredential() {
    }

    public UserCredential(String userId, String passwordHash) {
        this(userId, passwordHash, false);
    }

    public UserCredential(String userId, String passwordHash, boolean mustChange) {
        this.userId = userId;
        this.passwordHash = passwordHash;
        this.mustChange = mustChange;
    }

    public boolean isMustChange() {
        return mustChange;
    }

    /** The person's own new password: no longer one to change. */
    void replace(String newHash) {
        this.passwordHash = newHash;
        this.mustChange = false;
    }

    public String getUserId() {
        return userId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
