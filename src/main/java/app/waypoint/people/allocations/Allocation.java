package app.waypoint.people.allocations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.util.UUID;

/** Staff allocated to a young person as social worker, personal adviser or IRO; ended allocations stay as history. */
@Entity
class Allocation {

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "staff_id")
    UUID staffId;
    @Enumerated(EnumType.STRING)
    AllocationKind kind;
    @Column(name = "started_on")
    LocalDate startedOn;
    @Column(name = "ended_on")
    LocalDate endedOn;
    @Column(name = "allocated_by")
    String allocatedBy;
    @Column(name = "end_reason")
    String endReason;
    @Column(name = "ended_by")
    String endedBy;

    protected Allocation() {
    }

    Allocation(UUID youngPersonId, UUID staffId, AllocationKind kind, LocalDate startedOn, String allocatedBy) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.staffId = staffId;
        this.kind = kind;
        this.startedOn = startedOn;
        this.allocatedBy = allocatedBy;
    }
}
