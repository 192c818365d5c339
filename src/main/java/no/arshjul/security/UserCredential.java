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

    protected UserCredential() {
    }

    public UserCredential(String userId, String passwordHash) {
        this.userId = userId;
        this.passwordHash = passwordHash;
    }

    public String getUserId() {
        return userId;
    }

    public String getPasswordHash() {
        return passwordHash;
    }
}
