package app.waypoint.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One entry of the audit trail, read-only: entries are written by {@link AuditWriter} and never changed. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {

    @Id
    Long id;
    Instant at;
    @Column(name = "staff_id")
    UUID staffId;
    String username;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Enumerated(EnumType.STRING)
    AuditAction action;
    @Enumerated(EnumType.STRING)
    AuditChannel channel;
    String method;
    String route;
    @Column(name = "record_kind")
    String recordKind;
    String reason;

    protected AuditEntry() {
    }

    AuditEntryResponse toResponse() {
        return new AuditEntryResponse(at, staffId, username, youngPersonId, action, channel, method, route, recordKind, reason);
    }
}
