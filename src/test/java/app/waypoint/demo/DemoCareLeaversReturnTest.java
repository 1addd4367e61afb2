package app.waypoint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.CreateStaffRequest;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.serviceview.domain.Oc3Validation;
import app.waypoint.serviceview.domain.Ssda903CareLeavers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Issue 15: the demo council's SSDA903 care-leaver return (OC3) passes the DfE's rules with 0 errors. */
@QuarkusTest
class DemoCareLeaversReturnTest {

    @Inject
    DemoCouncil demo;
    @Inject
    PeopleFixtures people;
    @Inject
    StaffService staff;
    @Inject
    Ssda903CareLeavers oc3;
    @Inject
    WaypointClock clock;

    @Test
    void shouldPassTheDfesRulesWithNoErrorsWhenTheDemoCouncilsCareLeaversAreChecked() {
        // given the demo council's care leavers (N-3001 to N-3006) in a team, with their personal adviser
        TeamFixture team = people.team();
        if (staff.byUsername("pat.adviser").isEmpty()) {
            staff.createStaff(new CreateStaffRequest("pat.adviser", "Pat Adviser", "pat.adviser@waypoint.local", StaffRole.WORKER,
                    team.id(), false));
        }
        demo.careLeaversOver18(staff.callerFor(people.admin().username()).orElseThrow(), team.id(), clock.today());

        // when the team's manager checks the return of the last complete collection year and of the year under way
        Oc3Validation lastComplete = oc3.validation(team.managerCaller(), oc3.lastCompleteYear());
        Oc3Validation underWay = oc3.validation(team.managerCaller(), oc3.lastCompleteYear() + 1);

        // then both have care leavers in them and no errors
        assertThat(lastComplete.lines()).isPositive();
        assertThat(lastComplete.failures()).isEmpty();
        assertThat(underWay.lines()).isPositive();
        assertThat(underWay.failures()).isEmpty();
    }
}
