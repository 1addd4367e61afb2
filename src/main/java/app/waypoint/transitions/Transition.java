package app.waypoint.transitions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.time.Instant;
import java.util.UUID;

/** A young person's leaving-care transition, from opening (about 15¾) to closure (25, or earlier on request). */
@Entity
class Transition {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "started_by")
    String startedBy;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "closure_reason")
    String closureReason;

    protected Transition() {
    }

    Transition(UUID youngPersonId, Instant startedAt, String startedBy) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    boolean isOpen() {
        return closedAt == null;
    }
}
