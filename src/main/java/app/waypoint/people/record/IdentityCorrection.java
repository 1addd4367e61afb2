package app.waypoint.people.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One field of the young person's identity corrected: the value before and after, why, who and when. */
@Entity
@Table(name = "identity_correction")
class IdentityCorrection {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    String field;
    @Column(name = "old_value")
    String oldValue;
    @Column(name = "new_value")
    String newValue;
    String reason;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;

    protected IdentityCorrection() {
    }

    IdentityCorrection(UUID youngPersonId, String field, String oldValue, String newValue, String reason, Instant recordedAt,
                       String recordedBy) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.field = field;
        this.oldValue = oldValue;
        this.newValue = newValue;
        this.reason = reason;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
