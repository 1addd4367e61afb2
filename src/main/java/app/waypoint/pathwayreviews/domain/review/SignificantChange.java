package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A significant change in a young person's life, recorded by staff. */
@Entity
@Table(name = "significant_change")
class SignificantChange {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Enumerated(EnumType.STRING)
    SignificantChangeKind kind;
    @Column(name = "occurred_on")
    LocalDate occurredOn;
    String detail;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;

    protected SignificantChange() {
    }

    SignificantChange(UUID youngPersonId, SignificantChangeKind kind, LocalDate occurredOn, String detail, Instant recordedAt,
                      String recordedBy) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.kind = kind;
        this.occurredOn = occurredOn;
        this.detail = detail;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
