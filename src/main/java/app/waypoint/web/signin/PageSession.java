package app.waypoint.web.signin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One signed-in session of the pages, from sign-in until it ends (ServerSessions). */
@Entity
@Table(name = "page_session")
class PageSession {

    @Id
    String id;
    @Column(name = "staff_username")
    String staffUsername;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "last_seen_at")
    Instant lastSeenAt;
    @Column(name = "ended_at")
    Instant endedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "ended_why")
    SessionEnd endedWhy;

    protected PageSession() {
    }

    PageSession(String id, String staffUsername, Instant now) {
        this.id = id;
        this.staffUsername = staffUsername;
        this.createdAt = now;
        this.lastSeenAt = now;
    }

    boolean open() {
        return endedAt == null;
    }

    void end(SessionEnd why, Instant now) {
        if (open()) {
            endedAt = now;
            endedWhy = why;
        }
    }
}
