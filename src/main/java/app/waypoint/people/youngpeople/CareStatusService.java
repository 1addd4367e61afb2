package app.waypoint.people.youngpeople;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.status.CareStatusRules;
import app.waypoint.people.status.StatusAssessment;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;

/** Status and key dates of a young person as of today on the application clock. */
@ApplicationScoped
public class CareStatusService {

    private final CareStatusRules rules = new CareStatusRules();
    private final WaypointClock clock;

    CareStatusService(WaypointClock clock) {
        this.clock = clock;
    }

    /** The status today; the row keeps it for the caseload list ({@link StoredStatus}) when it has changed. */
    public StatusAssessment assess(YoungPerson person) {
        LocalDate today = clock.today();
        StatusAssessment assessment = rules.assess(person.careHistory(), today);
        StoredStatus.keep(person, assessment, today);
        return assessment;
    }

    /** In care today in a way that counts towards eligibility (planned short breaks alone do not). */
    boolean inCountingCareToday(YoungPerson person) {
        return rules.lookedAfterOn(person.careHistory(), clock.today());
    }
}
