package app.waypoint.supervision.domain.sessions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A supervisor set for a worker (otherwise their team manager supervises them). */
@Entity
@Table(name = "supervision_profile")
class SupervisionProfile {

    @Id
    @Column(name = "staff_id")
    UUID staffId;
    @Column(name = "supervisor_id")
    UUID supervisorId;
    @Column(name = "set_by")
    String setBy;
    @Column(name = "set_at")
    Instant setAt;

    protected SupervisionProfile() {
    }

    SupervisionProfile(UUID staffId, UUID supervisorId, String setBy, Instant setAt) {
        this.staffId = staffId;
        reassign(supervisorId, setBy, setAt);
    }

    void reassign(UUID supervisorId, String setBy, Instant setAt) {
        this.supervisorId = supervisorId;
        this.setBy = setBy;
        this.setAt = setAt;
    }
}
