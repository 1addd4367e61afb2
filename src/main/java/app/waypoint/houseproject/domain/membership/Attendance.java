package app.waypoint.houseproject.domain.membership;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** Whether a young person came to one of their cohort's weekly group sessions. */
@Entity
@Table(name = "house_project_attendance")
class Attendance {

    @Id
    UUID id;
    @Column(name = "membership_id")
    UUID membershipId;
    @Column(name = "session_on")
    LocalDate sessionOn;
    boolean attended;
    String note;
    @Column(name = "recorded_by")
    String recordedBy;

    protected Attendance() {
    }

    Attendance(UUID membershipId, LocalDate sessionOn, boolean attended, String note, String recordedBy) {
        this.id = UUID.randomUUID();
        this.membershipId = membershipId;
        this.sessionOn = sessionOn;
        this.attended = attended;
        this.note = note;
        this.recordedBy = recordedBy;
    }
}
