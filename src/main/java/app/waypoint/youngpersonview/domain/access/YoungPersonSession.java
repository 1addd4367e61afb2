package app.waypoint.youngpersonview.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A young person signed in to their own pages; the id is the hash of their session cookie. */
@Entity
@Table(name = "young_person_session")
class YoungPersonSession {

    @Id
    String id;
    @Column(name = "access_id")
    UUID accessId;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "last_seen_at")
    Instant lastSeenAt;
    @Column(name = "ended_at")
    Instant endedAt;

    protected YoungPersonSession() {
    }

    YoungPersonSession(String id, UUID accessId, UUID youngPersonId, Instant now) {
        this.id = id;
        this.accessId = accessId;
        this.youngPersonId = youngPersonId;
        this.createdAt = now;
        this.lastSeenAt = now;
    }
}
