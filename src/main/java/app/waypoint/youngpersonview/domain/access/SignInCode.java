package app.waypoint.youngpersonview.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A one-time sign-in code: kept only as a hash salted with its own id, it works until {@link #expiresAt}, once, and for at
 * most a few tries (the rule is {@link #check}). Its id is the hash of the reference the browser that asked for it holds.
 */
@Entity
@Table(name = "young_person_sign_in_code")
class SignInCode {

    @Id
    String id;
    @Column(name = "access_id")
    UUID accessId;
    @Column(name = "code_hash")
    String codeHash;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "expires_at")
    Instant expiresAt;
    int attempts;
    @Column(name = "used_at")
    Instant usedAt;

    protected SignInCode() {
    }

    SignInCode(String id, UUID accessId, String code, Instant now, Instant expiresAt) {
        this.id = id;
        this.accessId = accessId;
        this.codeHash = hash(id, code);
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** Checks a code typed in at {@code now}: a wrong one uses up a try; the right one, in time, is spent by being accepted. */
    CodeCheck check(String given, Instant now, int maxAttempts) {
        if (usedAt != null || !now.isBefore(expiresAt) || attempts >= maxAttempts) {
            return CodeCheck.SPENT;
        }
        attempts++;
        String typed = given == null ? "" : given.replaceAll("\\s", "");
        if (!MessageDigest.isEqual(hash(id, typed).getBytes(StandardCharsets.US_ASCII), codeHash.getBytes(StandardCharsets.US_ASCII))) {
            return attempts >= maxAttempts ? CodeCheck.SPENT : CodeCheck.WRONG;
        }
        usedAt = now;
        return CodeCheck.ACCEPTED;
    }

    static String hash(String salt, String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
