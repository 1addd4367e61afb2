package app.waypoint.people.youngpeople;

import app.waypoint.people.status.DateRange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A period that changes a young person's status: in custody or hospital, or living back with a parent. */
@Entity
@Table(name = "life_period")
public class LifePeriod {

    public enum Kind { CUSTODY_OR_HOSPITAL, HOME_WITH_PARENT }

    @Id
    UUID id;
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Column(name = "start_date")
    public LocalDate startDate;
    @Column(name = "end_date")
    public LocalDate endDate;

    protected LifePeriod() {
    }

    public LifePeriod(UUID youngPersonId, Kind kind, LocalDate startDate, LocalDate endDate) {
        this.id = UUID.randomUUID();
        this.youngPersonId = youngPersonId;
        this.kind = kind;
        this.startDate = startDate;
        this.endDate = endDate;
    }

    DateRange range() {
        return new DateRange(startDate, endDate);
    }
}
