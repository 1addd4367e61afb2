package app.waypoint.youngpersonview.domain.voice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A young person saying whether an action of their plan was done, in their own words: kept dated beside the plan, never
 * changing the plan's own status (the worker's).
 */
@Entity
@Table(name = "young_person_action_answer")
class ActionAnswer {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "action_id")
    UUID actionId;
    @Column(name = "plan_version")
    int planVersion;
    boolean done;
    String comment;
    @Column(name = "given_at")
    Instant givenAt;

    protected ActionAnswer() {
    }

    ActionAnswer(UUID youngPersonId, UUID actionId, int planVersion, boolean done, String comment, Instant now) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.actionId = actionId;
        this.planVersion = planVersion;
        this.done = done;
        this.comment = comment;
        this.givenAt = now;
    }
}
