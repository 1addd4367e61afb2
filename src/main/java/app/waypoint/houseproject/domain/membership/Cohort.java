package app.waypoint.houseproject.domain.membership;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A House Project cohort: about 10 young people working through the programme together, with their staff. */
@Entity
@Table(name = "house_project_cohort")
class Cohort {

    @Id
    UUID id;
    String name;
    @Column(name = "starts_on")
    LocalDate startsOn;
    int capacity;
    @Column(name = "team_id")
    UUID teamId;
    @Column(name = "created_at")
    Instant createdAt;
    @Column(name = "created_by")
    String createdBy;
    /** Usernames; the first leads the cohort and records its weekly sessions. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "house_project_cohort_staff", joinColumns = @JoinColumn(name = "cohort_id"))
    @OrderColumn(name = "position")
    @Column(name = "username")
    List<String> staff = new ArrayList<>();

    protected Cohort() {
    }

    Cohort(String name, LocalDate startsOn, int capacity, UUID teamId, List<String> staff, Instant createdAt, String createdBy) {
        this.id = UUID.randomUUID();
        this.name = name;
        this.startsOn = startsOn;
        this.capacity = capacity;
        this.teamId = teamId;
        this.staff.addAll(staff);
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    String lead() {
        return staff.get(0);
    }
}
