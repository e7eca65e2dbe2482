package uk.skillsplan.security.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.security.Role;

/** A person's sign-in account. Accounts are deactivated, never deleted, so that history keeps its authors. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(nullable = false)
    private boolean active = true;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_failed_at")
    private Instant lastFailedAt;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /** False for an account made by a personal link, whose random password nobody knows, until its person sets one. */
    @Column(name = "password_chosen", nullable = false)
    private boolean passwordChosen = true;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Moves on with every change that affects access; sessions signed in with an older value end. */
    @Column(name = "security_version", nullable = false)
    private int securityVersion;

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String email, String passwordHash, Role role,
                       Long organisationId, boolean demo, Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organisationId = organisationId;
        this.demo = demo;
        this.createdAt = createdAt;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
        lastFailedAt = null;
    }

    public void changeDetails(String displayName, String email, Role role, Long organisationId) {
        if (role != this.role || !Objects.equals(organisationId, this.organisationId)) {
            securityVersion++;
        }
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.organisationId = organisationId;
    }

    /** A password the person chose themselves. */
    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = false;
        this.passwordChosen = true;
    }

    /** Made by a personal link: the password is random and nobody knows it. */
    public void withUnknownPassword() {
        this.passwordChosen = false;
    }

    public boolean isPasswordChosen() {
        return passwordChosen;
    }

    /** A password someone else set (an administrator's reset): the person must replace it when they next sign in. */
    public void resetPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = true;
        securityVersion++;
    }

    public void setActive(boolean active) {
        if (active != this.active) {
            securityVersion++;
        }
        this.active = active;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDemo() {
        return demo;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastFailedAt() {
        return lastFailedAt;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public int getSecurityVersion() {
        return securityVersion;
    }
}
