package app.waypoint.contacttimetable.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A young person's contact timetable: one per young person, running (with its process) while the keeping-in-touch duty lasts,
 * ended when it stops and started again if it comes back. Keeps the last visit and contact counted, and what is due.
 */
@Entity
@Table(name = "contact_timetable")
class Timetable {

    @Id
    @Column(name = "young_person_id")
    UUID youngPersonId;
    @Column(name = "process_instance_id")
    String processInstanceId;
    @Column(name = "started_on")
    LocalDate startedOn;
    @Column(name = "last_visit_on")
    LocalDate lastVisitOn;
    @Column(name = "last_contact_on")
    LocalDate lastContactOn;
    @Column(name = "due_on")
    LocalDate dueOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "due_kind")
    DueContact dueKind;
    @Column(name = "due_rule")
    String dueRule;
    @Column(name = "closed_by_hand_on")
    LocalDate closedByHandOn;
    @Column(name = "closed_by_hand_by")
    String closedByHandBy;
    @Column(name = "closed_by_hand_reason")
    String closedByHandReason;
    @Column(name = "ended_on")
    LocalDate endedOn;

    protected Timetable() {
    }

    Timetable(UUID youngPersonId, LocalDate startedOn) {
        this.youngPersonId = youngPersonId;
        this.startedOn = startedOn;
    }

    boolean running() {
        return processInstanceId != null && endedOn == null;
    }

    /** The last day counted for what is due now: the last visit for a visit, the last contact made otherwise. */
    LocalDate lastMatchingOn() {
        return dueKind == DueContact.VISIT ? lastVisitOn : lastContactOn;
    }

    /** Counts a contact made on {@code day} (a visit, or another kind): the last days counted move on, never back. */
    void count(LocalDate day, boolean visit) {
        if (lastContactOn == null || day.isAfter(lastContactOn)) {
            lastContactOn = day;
        }
        if (visit && (lastVisitOn == null || day.isAfter(lastVisitOn))) {
            lastVisitOn = day;
        }
    }
}
