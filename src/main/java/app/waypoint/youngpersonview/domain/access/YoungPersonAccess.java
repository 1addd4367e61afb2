package app.waypoint.youngpersonview.domain.access;

import app.waypoint.youngpersonview.domain.senders.ContactKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A young person's invitation to their own Waypoint, from the worker who sent it until a manager revokes it. */
@Entity
@Table(name = "young_person_access")
class YoungPersonAccess {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Enumerated(EnumType.STRING)
    @Column(name = "contact_kind")
    ContactKind contactKind;
    String contact;
    @Column(name = "invited_by")
    String invitedBy;
    @Column(name = "invited_at")
    Instant invitedAt;
    @Column(name = "revoked_by")
    String revokedBy;
    @Column(name = "revoked_at")
    Instant revokedAt;

    protected YoungPersonAccess() {
    }

    YoungPersonAccess(UUID youngPersonId, String contact, String invitedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.contact = ContactKind.normalise(contact);
        this.contactKind = ContactKind.of(this.contact);
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    boolean live() {
        return revokedAt == null;
    }

    void revoke(String by, Instant now) {
        revokedBy = by;
        revokedAt = now;
    }
}
