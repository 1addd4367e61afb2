package app.waypoint.people.youngpeople;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.status.CareStatusRules;
import app.waypoint.people.status.StatusAssessment;
import jakarta.enterprise.context.ApplicationScoped;

/** Status and key dates of a young person as of today on the application clock. */
@ApplicationScoped
public class CareStatusService {

    private final CareStatusRules rules = new CareStatusRules();
    private final WaypointClock clock;

    CareStatusService(WaypointClock clock) {
        this.clock = clock;
    }

    public StatusAssessment assess(YoungPerson person) {
        return rules.assess(person.careHistory(), clock.today());
    }

    /** In care today in a way that counts towards eligibility (planned short breaks alone do not). */
    boolean inCountingCareToday(YoungPerson person) {
        return rules.lookedAfterOn(person.careHistory(), clock.today());
    }
}
