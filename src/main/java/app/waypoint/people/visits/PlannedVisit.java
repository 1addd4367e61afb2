package app.waypoint.people.visits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A visit booked with a young person, open until a visit is recorded or its task is closed by hand ({@code closedBecause}). */
@Entity
@Table(name = "planned_visit")
class PlannedVisit {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "visit_on")
    LocalDate visitOn;
    @Enumerated(EnumType.STRING)
    VisitKind kind;
    @Column(name = "booked_by")
    String bookedBy;
    @Column(name = "booked_at")
    Instant bookedAt;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "closed_at")
    Instant closedAt;
    @Column(name = "closed_because")
    String closedBecause;

    protected PlannedVisit() {
    }

    PlannedVisit(UUID youngPersonId, LocalDate visitOn, VisitKind kind, String bookedBy, Instant bookedAt) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.visitOn = visitOn;
        this.kind = kind;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
    }

    void close(String because, Instant at) {
        this.closedBecause = because;
        this.closedAt = at;
    }
}
