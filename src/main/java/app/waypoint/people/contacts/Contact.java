package app.waypoint.people.contacts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A contact with a young person, made or attempted: when, how, an optional note, who recorded it, how late and why. */
@Entity
@Table(name = "young_person_contact")
class Contact {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "contact_on")
    LocalDate contactOn;
    @Enumerated(EnumType.STRING)
    ContactKind kind;
    @Enumerated(EnumType.STRING)
    ContactOutcome outcome;
    String note;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;
    /** Working days from the day of the contact to the day it was recorded (0 when recorded the same day). */
    @Column(name = "recorded_after_working_days")
    int recordedAfterWorkingDays;
    /** Why it was recorded after the council's threshold (none when on time). */
    @Column(name = "late_reason")
    String lateReason;

    protected Contact() {
    }

    Contact(UUID youngPersonId, LocalDate contactOn, ContactKind kind, ContactOutcome outcome, String note, String recordedBy,
            Instant recordedAt, int recordedAfterWorkingDays, String lateReason) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.contactOn = contactOn;
        this.kind = kind;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.recordedAfterWorkingDays = recordedAfterWorkingDays;
        this.lateReason = lateReason;
    }
}
