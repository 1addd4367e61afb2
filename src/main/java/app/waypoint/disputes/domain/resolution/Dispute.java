package app.waypoint.disputes.domain.resolution;

import app.waypoint.disputes.domain.records.DisputeIssueType;
import app.waypoint.disputes.domain.records.DisputeStage;
import app.waypoint.disputes.domain.records.DisputeStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An IRO's dispute about a young person: what it is about, where it stands, and how it ended. */
@Entity
class Dispute {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "raised_by")
    String raisedBy;
    @Column(name = "raised_at")
    Instant raisedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "issue_type")
    DisputeIssueType issueType;
    String detail;
    @Column(name = "informal_resolution_by")
    LocalDate informalResolutionBy;
    @Enumerated(EnumType.STRING)
    DisputeStage stage;
    String respondent;
    @Column(name = "response_due_at")
    Instant responseDueAt;
    @Column(name = "formal_started_at")
    Instant formalStartedAt;
    @Column(name = "formal_limit_at")
    Instant formalLimitAt;
    @Enumerated(EnumType.STRING)
    DisputeStatus status;
    @Column(name = "cafcass_referred_at")
    Instant cafcassReferredAt;
    @Column(name = "cafcass_note")
    String cafcassNote;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "process_instance_id")
    String processInstanceId;

    protected Dispute() {
    }

    Dispute(UUID youngPersonId, String raisedBy, Instant raisedAt, DisputeIssueType issueType, String detail, LocalDate informalResolutionBy) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.issueType = issueType;
        this.detail = detail;
        this.informalResolutionBy = informalResolutionBy;
        this.stage = DisputeStage.INFORMAL;
        this.status = DisputeStatus.OPEN;
    }

    boolean isOpen() {
        return status == DisputeStatus.OPEN;
    }
}
