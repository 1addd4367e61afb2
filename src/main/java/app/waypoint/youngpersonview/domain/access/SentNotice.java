package app.waypoint.youngpersonview.domain.access;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A notice sent to a young person, as the record of it: what about and when, never its text or the contact. */
@Entity
@Table(name = "young_person_notice")
class SentNotice {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "access_id")
    UUID accessId;
    @Enumerated(EnumType.STRING)
    NoticeAbout about;
    @Column(name = "event_key")
    String eventKey;
    @Column(name = "sent_at")
    Instant sentAt;

    protected SentNotice() {
    }

    SentNotice(UUID youngPersonId, UUID accessId, NoticeAbout about, String eventKey, Instant now) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.accessId = accessId;
        this.about = about;
        this.eventKey = eventKey;
        this.sentAt = now;
    }
}
