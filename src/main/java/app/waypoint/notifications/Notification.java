package app.waypoint.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/**
 * One notice to one member of staff: an inbox entry and the state of its e-mail. Rows are inserted by
 * {@link NotificationRepository#insertOnce} (so that a repeated event is skipped without failing the caller's transaction).
 */
@Entity
class Notification {

    @Id
    UUID id;
    @Column(name = "event_key")
    String eventKey;
    @Column(name = "recipient_username")
    String recipientUsername;
    String headline;
    @Column(name = "young_person_ref")
    String youngPersonRef;
    String link;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "read_at")
    Instant readAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "email_status")
    EmailStatus emailStatus;
    @Column(name = "email_attempts")
    int emailAttempts;
    @Column(name = "email_next_attempt_at")
    Instant emailNextAttemptAt;
    @Column(name = "emailed_at")
    Instant emailedAt;
    @Column(name = "email_last_error")
    String emailLastError;

    protected Notification() {
    }

    boolean isRead() {
        return readAt != null;
    }
}
