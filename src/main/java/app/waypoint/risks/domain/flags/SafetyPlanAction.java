package app.waypoint.risks.domain.flags;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One action of a risk's safety plan: what, whose (a member of staff), by when; done once its task is completed, or no longer
 * needed ({@code endedAt}) when the risk was closed before it was done.
 */
@Entity
@Table(name = "safety_plan_action")
class SafetyPlanAction {

    @Id
    UUID id;
    @Column(name = "risk_id")
    UUID riskId;
    String description;
    @Column(name = "owner_username")
    String owner;
    @Column(name = "due_on")
    LocalDate dueOn;
    @Column(name = "added_at")
    Instant addedAt;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "done_at")
    Instant doneAt;
    String outcome;
    @Column(name = "ended_at")
    Instant endedAt;

    protected SafetyPlanAction() {
    }

    SafetyPlanAction(UUID riskId, String description, String owner, LocalDate dueOn, Instant addedAt) {
        this.id = UUID.randomUUID();
        this.riskId = riskId;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.addedAt = addedAt;
    }
}
