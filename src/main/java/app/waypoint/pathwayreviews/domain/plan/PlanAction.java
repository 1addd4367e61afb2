package app.waypoint.pathwayreviews.domain.plan;

import app.waypoint.pathwayreviews.domain.headings.PathwayHeading;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** An action under one heading of one plan version; {@code actionId} is kept when the action is carried into the next version. */
@Entity
@Table(name = "pathway_plan_action")
class PlanAction {

    @Id
    UUID id;
    @Column(name = "plan_id")
    UUID planId;
    @Column(name = "action_id")
    UUID actionId;
    @Enumerated(EnumType.STRING)
    PathwayHeading heading;
    int position;
    String description;
    @Column(name = "owner_username")
    String owner;
    @Column(name = "due_on")
    LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    ActionStatus status;

    protected PlanAction() {
    }

    PlanAction(UUID planId, UUID actionId, PathwayHeading heading, int position, String description, String owner, LocalDate dueOn,
               ActionStatus status) {
        this.id = UUID.randomUUID();
        this.planId = planId;
        this.actionId = actionId;
        this.heading = heading;
        this.position = position;
        this.description = description;
        this.owner = owner;
        this.dueOn = dueOn;
        this.status = status;
    }
}
