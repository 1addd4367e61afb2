package app.waypoint.people.record;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An SSDA903-coded status of a young person (activity, in touch) from a day, with a note; never changed once recorded. */
@Entity
@Table(name = "coded_status")
class CodedStatus {

    /** What the code says. */
    enum Kind { ACTIVITY, IN_TOUCH }

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Enumerated(EnumType.STRING)
    Kind kind;
    String code;
    @Column(name = "effective_on")
    LocalDate effectiveOn;
    String note;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "recorded_by")
    String recordedBy;

    protected CodedStatus() {
    }

    CodedStatus(UUID youngPersonId, Kind kind, String code, LocalDate effectiveOn, String note, Instant recordedAt, String recordedBy) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.kind = kind;
        this.code = code;
        this.effectiveOn = effectiveOn;
        this.note = note;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }
}
