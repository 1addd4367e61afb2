package app.waypoint.supervision.domain.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A management-oversight entry on a young person's record: a decision in supervision (session set) or between sessions. */
@Entity
@Table(name = "oversight_entry")
class OversightEntry {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "session_id")
    UUID sessionId;
    String discussion;
    String decision;
    String rationale;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;

    protected OversightEntry() {
    }

    OversightEntry(UUID youngPersonId, UUID sessionId, String discussion, String decision, String rationale, String recordedBy,
                   Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.sessionId = sessionId;
        this.discussion = discussion;
        this.decision = decision;
        this.rationale = rationale;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
