package app.waypoint.pathwayreviews.domain.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The task made for an open action when its plan was signed off (one process instance of {@code bpmn/plan-action.bpmn}). */
@Entity
@Table(name = "plan_action_task")
class PlanActionTask {

    @Id
    UUID id;
    @Column(name = "action_id")
    UUID actionId;
    @Column(name = "plan_id")
    UUID planId;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "started_at")
    Instant startedAt;

    protected PlanActionTask() {
    }

    PlanActionTask(UUID actionId, UUID planId, String processInstanceId, Instant startedAt) {
        this.id = UUID.randomUUID();
        this.actionId = actionId;
        this.planId = planId;
        this.processInstanceId = processInstanceId;
        this.startedAt = startedAt;
    }
}
