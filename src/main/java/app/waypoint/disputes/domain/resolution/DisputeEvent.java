package app.waypoint.disputes.domain.resolution;

import app.waypoint.disputes.domain.records.DisputeEventKind;
import app.waypoint.disputes.domain.records.DisputeStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step on a dispute's record: who did what, at which stage, when. */
@Entity
@Table(name = "dispute_event")
class DisputeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @Column(name = "dispute_id")
    UUID disputeId;
    Instant at;
    @Enumerated(EnumType.STRING)
    DisputeEventKind kind;
    @Column(name = "by_username")
    String by;
    @Enumerated(EnumType.STRING)
    DisputeStage stage;
    String text;

    protected DisputeEvent() {
    }

    DisputeEvent(UUID disputeId, Instant at, DisputeEventKind kind, String by, DisputeStage stage, String text) {
        this.disputeId = disputeId;
        this.at = at;
        this.kind = kind;
        this.by = by;
        this.stage = stage;
        this.text = text;
    }
}
