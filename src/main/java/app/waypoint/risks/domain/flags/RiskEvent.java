package app.waypoint.risks.domain.flags;

import app.waypoint.risks.domain.records.RiskEventKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step on a concern's record, never changed once written. */
@Entity
@Table(name = "risk_event")
class RiskEvent {

    @Id
    UUID id;
    @Column(name = "risk_id")
    UUID riskId;
    Instant at;
    @Enumerated(EnumType.STRING)
    RiskEventKind kind;
    @Column(name = "by_user")
    String by;
    String text;

    protected RiskEvent() {
    }

    RiskEvent(UUID riskId, Instant at, RiskEventKind kind, String by, String text) {
        this.id = UUID.randomUUID();
        this.riskId = riskId;
        this.at = at;
        this.kind = kind;
        this.by = by;
        this.text = text.length() > 4000 ? text.substring(0, 4000) : text;
    }
}
