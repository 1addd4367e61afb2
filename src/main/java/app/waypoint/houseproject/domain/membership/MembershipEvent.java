package app.waypoint.houseproject.domain.membership;

import app.waypoint.houseproject.domain.records.MembershipEventKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One entry of a membership's history: the referral, each step completed, leaving, the end. */
@Entity
@Table(name = "house_project_event")
class MembershipEvent {

    @Id
    UUID id;
    /** The order events were written in (several can share an instant). */
    @Column(insertable = false, updatable = false)
    Long sequence;
    @Column(name = "membership_id")
    UUID membershipId;
    @Enumerated(EnumType.STRING)
    MembershipEventKind kind;
    @Column(name = "step_id")
    String stepId;
    @Column(name = "step_name")
    String stepName;
    String detail;
    @Column(name = "occurred_at")
    Instant occurredAt;
    @Column(name = "occurred_by")
    String occurredBy;

    protected MembershipEvent() {
    }

    MembershipEvent(UUID membershipId, MembershipEventKind kind, String stepId, String stepName, String detail, Instant occurredAt,
                    String occurredBy) {
        this.id = UUID.randomUUID();
        this.membershipId = membershipId;
        this.kind = kind;
        this.stepId = stepId;
        this.stepName = stepName;
        this.detail = detail;
        this.occurredAt = occurredAt;
        this.occurredBy = occurredBy;
    }
}
