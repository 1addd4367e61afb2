package app.waypoint.supervision.domain.sessions;

import app.waypoint.supervision.domain.records.SupervisionActionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action agreed under an oversight entry: what, who owns it, by when; carried from session to session until closed. */
@Entity
@Table(name = "supervision_action")
class SupervisionAction {

    /** The carry (re-dating at a session) at which an action is flagged to the service manager. */
    static final int FLAG_AT_CARRY = 2;

    @Id
    UUID id;
    @Column(name = "oversight_entry_id")
    UUID oversightEntryId;
    @Column(name = "session_id")
    UUID sessionId;
    @Column(name = "worker_id")
    UUID workerId;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    String description;
    @Column(name = "owner_username")
    String owner;
    @Column(name = "due_on")
    LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    SupervisionActionStatus status;
    @Column(name = "carry_count")
    int carryCount;
    boolean flagged;
    @Column(name = "last_reason")
    String lastReason;
    @Column(name = "updated_at")
    Instant updatedAt;
    /** The process of the action's task (bpmn/supervision-action.bpmn), once it has one. */
    @Column(name = "task_process_instance_id")
    String taskProcessInstanceId;

    protected SupervisionAction() {
    }

    SupervisionAction(OversightEntry entry, UUID workerId, String description, String owner, LocalDate dueOn, Instant at) {
        this.id = UUID.randomUUID();
        this.oversightEntryId = entry.id;
        this.sessionId = entry.sessionId;
        this.workerId = workerId;
        this.youngPersonId = entry.youngPersonId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = SupervisionActionStatus.OPEN;
        this.updatedAt = at;
    }

    void close(String reason, Instant at) {
        status = SupervisionActionStatus.CLOSED;
        lastReason = reason;
        updatedAt = at;
    }

    /** Carries the action with a new date; true when this carry flags it (the second time). */
    boolean redate(LocalDate newDueOn, String reason, Instant at) {
        dueOn = newDueOn;
        lastReason = reason;
        updatedAt = at;
        carryCount++;
        if (carryCount >= FLAG_AT_CARRY && !flagged) {
            flagged = true;
            return true;
        }
        return false;
    }
}
