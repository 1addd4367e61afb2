package app.waypoint.intouch.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A time a young person was possibly not in touch, from the flag until a contact made ends it: the worker's re-engagement
 * plan and a manager's dated "not in touch" decision, if any.
 */
@Entity
@Table(name = "lost_touch")
class LostTouch {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "flagged_on")
    LocalDate flaggedOn;
    @Column(name = "flagged_because")
    String flaggedBecause;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "plan_tried")
    String planTried;
    @Column(name = "plan_notes")
    String planNotes;
    @Column(name = "plan_recorded_by")
    String planRecordedBy;
    @Column(name = "plan_recorded_at")
    Instant planRecordedAt;
    @Column(name = "decided_on")
    LocalDate decidedOn;
    @Column(name = "decided_by")
    String decidedBy;
    @Column(name = "decision_reasons")
    String decisionReasons;
    @Column(name = "decision_recorded_at")
    Instant decisionRecordedAt;
    @Column(name = "ended_on")
    LocalDate endedOn;
    @Column(name = "ended_because")
    String endedBecause;
    @Column(name = "created_at")
    Instant createdAt;

    protected LostTouch() {
    }

    LostTouch(UUID youngPersonId, LocalDate flaggedOn, String flaggedBecause, String processInstanceId, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.flaggedOn = flaggedOn;
        this.flaggedBecause = flaggedBecause;
        this.processInstanceId = processInstanceId;
        this.createdAt = createdAt;
    }
}
