package app.waypoint.pathwayreviews.domain.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One pathway review of a young person, from its first trigger to the copy of the signed-off plan given to them. */
@Entity
@Table(name = "pathway_review")
class PathwayReview {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "due_on")
    LocalDate dueOn;
    @Column(name = "started_at")
    Instant startedAt;
    @Column(name = "started_by")
    String startedBy;
    @Column(name = "held_on")
    LocalDate heldOn;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "record_shared_on")
    LocalDate recordSharedOn;
    @Column(name = "record_shared_with")
    String recordSharedWith;
    @Column(name = "record_shared_by")
    String recordSharedBy;

    protected PathwayReview() {
    }

    PathwayReview(UUID id, UUID youngPersonId, LocalDate dueOn, Instant startedAt, String startedBy) {
        this.id = id;
        this.youngPersonId = youngPersonId;
        this.dueOn = dueOn;
        this.startedAt = startedAt;
        this.startedBy = startedBy;
    }

    boolean isOpen() {
        return closedAt == null;
    }

    void recordShared(LocalDate on, String with, String by) {
        recordSharedOn = on;
        recordSharedWith = with;
        recordSharedBy = by;
    }

    void close(LocalDate held, Instant at) {
        heldOn = held;
        closedAt = at;
    }
}
