package no.arshjul.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDateTime;

/** The one row of log-in settings HR may change (V51). */
@Entity
@Table(name = "login_setting")
class LoginSetting {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "local_log_in_enabled", nullable = false)
    private boolean localLogInEnabled;

    @Column(name = "changed_by")
    private String changedBy;

    @Column(name = "changed_at")
    private LocalDateTime changedAt;

    protected LoginSetting() {
    }

    boolean isLocalLogInEnabled() {
        return localLogInEnabled;
    }

    String getChangedBy() {
        return changedBy;
    }

    LocalDateTime getChangedAt() {
        return changedAt;
    }

    void setLocalLogInEnabled(boolean enabled, String by, LocalDateTime at) {
        this.localLogInEnabled = enabled;
        this.changedBy = by;
        this.changedAt = at;
    }
}
