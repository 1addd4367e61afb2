package app.waypoint.people.record;

import app.waypoint.people.record.flags.CohortFlag;
import app.waypoint.people.record.flags.FlagRequest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A cohort flag set or cleared from a day, with why and by whom; never changed once recorded. */
@Entity
@Table(name = "cohort_flag")
class FlagChange {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Enumerated(EnumType.STRING)
    CohortFlag flag;
    @Column(name = "flag_set")
    boolean set;
    @Column(name = "effective_on")
    LocalDate effectiveOn;
    String detail;
    String reason;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;

    protected FlagChange() {
    }

    FlagChange(UUID youngPersonId, FlagRequest request, Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.flag = request.flag();
        this.set = request.set();
        this.effectiveOn = request.effectiveOn();
        this.detail = request.detail() == null || request.detail().isBlank() ? null : request.detail().trim();
        this.reason = request.reason().trim();
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
