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

/** A contact with a young person, made or attempted: when, how, an optional note, and who recorded it. */
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

    protected Contact() {
    }

    Contact(UUID youngPersonId, LocalDate contactOn, ContactKind kind, ContactOutcome outcome, String note, String recordedBy,
            Instant recordedAt) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.contactOn = contactOn;
        this.kind = kind;
        this.outcome = outcome;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }
}
