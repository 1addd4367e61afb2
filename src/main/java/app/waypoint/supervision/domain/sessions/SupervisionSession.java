package app.waypoint.supervision.domain.sessions;

import app.waypoint.supervision.domain.records.SessionStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One supervision session of a worker with their supervisor. */
@Entity
@Table(name = "supervision_session")
class SupervisionSession {

    @Id
    UUID id;
    @Column(name = "worker_id")
    UUID workerId;
    @Column(name = "supervisor_id")
    UUID supervisorId;
    @Column(name = "scheduled_for")
    LocalDate scheduledFor;
    @Column(name = "held_on")
    LocalDate heldOn;
    @Enumerated(EnumType.STRING)
    SessionStatus status;
    @Column(name = "booked_by")
    String bookedBy;
    @Column(name = "booked_at")
    Instant bookedAt;
    @Column(name = "recorded_by")
    String recordedBy;
    @Column(name = "recorded_at")
    Instant recordedAt;
    @Column(name = "sign_off_due_on")
    LocalDate signOffDueOn;
    @Column(name = "worker_signed_at")
    Instant workerSignedAt;
    @Column(name = "supervisor_signed_at")
    Instant supervisorSignedAt;
    @Column(name = "signed_off_late")
    boolean signedOffLate;
    /** The session's supervision-cycle process, started when it was booked. */
    @Column(name = "process_instance_id")
    String processInstanceId;

    protected SupervisionSession() {
    }

    SupervisionSession(UUID workerId, UUID supervisorId, LocalDate scheduledFor, String bookedBy, Instant bookedAt) {
        this.id = UUID.randomUUID();
        this.workerId = workerId;
        this.supervisorId = supervisorId;
        this.scheduledFor = scheduledFor;
        this.status = SessionStatus.BOOKED;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
    }

    void recordHeld(LocalDate on, LocalDate signOffDue, String by, Instant at) {
        status = SessionStatus.HELD;
        heldOn = on;
        signOffDueOn = signOffDue;
        recordedBy = by;
        recordedAt = at;
    }

    /** One signature; late if given after the sign-off target. Signed off when both have signed. */
    void sign(boolean asWorker, Instant at, LocalDate today) {
        if (asWorker) {
            workerSignedAt = at;
        } else {
            supervisorSignedAt = at;
        }
        if (today.isAfter(signOffDueOn)) {
            signedOffLate = true;
        }
        if (workerSignedAt != null && supervisorSignedAt != null) {
            status = SessionStatus.SIGNED_OFF;
        }
    }
}
