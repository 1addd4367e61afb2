package app.waypoint.people.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A member of staff: social worker or personal adviser (worker), team manager, IRO or administrator. */
@Entity
public class Staff {

    @Id
    public UUID id;
    public String username;
    @Column(name = "display_name")
    public String displayName;
    String email;
    @Enumerated(EnumType.STRING)
    public StaffRole role;
    @Column(name = "team_id")
    public UUID teamId;
    @Column(name = "newly_qualified")
    boolean newlyQualified;
    /** In post since: a newly qualified worker's supervision frequency counts from this date. */
    @Column(name = "started_on")
    LocalDate startedOn;
    /** When an administrator disabled the record (a leaver), and who; both null while the member of staff is active. */
    @Column(name = "disabled_at")
    Instant disabledAt;
    @Column(name = "disabled_by")
    UUID disabledBy;

    protected Staff() {
    }

    Staff(String username, String displayName, String email, StaffRole role, UUID teamId, boolean newlyQualified, LocalDate startedOn) {
        this.id = UUID.randomUUID();
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.teamId = teamId;
        this.newlyQualified = newlyQualified;
        this.startedOn = startedOn;
    }

    boolean active() {
        return disabledAt == null;
    }

    void disable(Instant at, UUID by) {
        disabledAt = at;
        disabledBy = by;
    }

    void enable() {
        disabledAt = null;
        disabledBy = null;
    }
}
