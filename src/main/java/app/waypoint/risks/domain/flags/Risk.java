package app.waypoint.risks.domain.flags;

import app.waypoint.risks.domain.records.RiskKind;
import app.waypoint.risks.domain.records.RiskSource;
import app.waypoint.risks.domain.records.RiskStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A concern about a young person and, once decided, the risk it is: its status, when its safety plan is next reviewed. */
@Entity
@Table(name = "risk")
class Risk {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Enumerated(EnumType.STRING)
    RiskKind kind;
    @Enumerated(EnumType.STRING)
    RiskStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "raised_at_source")
    RiskSource source;
    @Column(name = "seen_on")
    LocalDate seenOn;
    @Column(name = "what_was_seen")
    String whatWasSeen;
    @Column(name = "raised_by")
    String raisedBy;
    @Column(name = "raised_at")
    Instant raisedAt;
    @Column(name = "decision_due_on")
    LocalDate decisionDueOn;
    @Column(name = "next_review_on")
    LocalDate nextReviewOn;
    @Column(name = "process_instance_id")
    String processInstanceId;

    protected Risk() {
    }

    Risk(UUID youngPersonId, RiskKind kind, RiskSource source, LocalDate seenOn, String whatWasSeen, String raisedBy, Instant raisedAt,
         LocalDate decisionDueOn) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.kind = kind;
        this.status = RiskStatus.AWAITING_DECISION;
        this.source = source;
        this.seenOn = seenOn;
        this.whatWasSeen = whatWasSeen;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.decisionDueOn = decisionDueOn;
    }
}
