package app.waypoint.people.staff;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A leaver: an administrator disables their staff record, and from their next request they may do nothing. */
@QuarkusTest
class StaffResourceTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldAnswer403OnTheNextRequestAndKeepTheCaseloadWhenAnAdminDisablesAWorker() {
        // given a worker with a young person on their caseload, who can see them
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);
        StaffResponse admin = people.admin();
        given().header("Authorization", team.workerToken()).get("/api/young-people/" + youngPerson).then().statusCode(200);

        // when an administrator disables the worker
        given().header("Authorization", Tokens.bearer(admin)).post("/api/staff/" + team.worker().id() + "/disabling")
                .then().statusCode(200)
                .body("disabledAt", notNullValue()).body("disabledBy", equalTo(admin.id().toString()));

        // then the worker's next request, with the token they already hold, is refused
        given().header("Authorization", team.workerToken()).get("/api/young-people/" + youngPerson).then().spec(problem(403, "forbidden"));
        given().header("Authorization", team.workerToken()).get("/api/tasks").then().spec(problem(403, "forbidden"));
        // and their allocation stays, for the manager to reassign
        given().header("Authorization", team.managerToken()).get("/api/young-people/" + youngPerson + "/allocations")
                .then().statusCode(200).body("staffUsername", hasItem(team.worker().username()));
    }

    @Test
    void shouldLetTheWorkerInAgainWhenAnAdminEnablesThem() {
        // given a disabled worker
        TeamFixture team = people.team();
        String admin = Tokens.bearer(people.admin());
        given().header("Authorization", admin).post("/api/staff/" + team.worker().id() + "/disabling").then().statusCode(200);

        // when an administrator enables them again
        given().header("Authorization", admin).post("/api/staff/" + team.worker().id() + "/enabling")
                .then().statusCode(200).body("disabledAt", nullValue());

        // then they may work again
        given().header("Authorization", team.workerToken()).get("/api/tasks").then().statusCode(200);
    }

    @Test
    void shouldAnswer409WhenAnAdminDisablesThemselves() {
        StaffResponse admin = people.admin();

        given().header("Authorization", Tokens.bearer(admin)).post("/api/staff/" + admin.id() + "/disabling")
                .then().spec(problem(409, "cannot-disable-self"));

        given().header("Authorization", Tokens.bearer(admin)).get("/api/staff").then().statusCode(200);
    }

    @Test
    void shouldAnswer403WhenAManagerDisablesTheirWorker() {
        TeamFixture team = people.team();

        given().header("Authorization", team.managerToken()).post("/api/staff/" + team.worker().id() + "/disabling")
                .then().spec(problem(403, "forbidden"));

        given().header("Authorization", team.workerToken()).get("/api/tasks").then().statusCode(200);
    }

    @Test
    void shouldAnswer404WhenTheMemberOfStaffIsUnknown() {
        given().header("Authorization", Tokens.bearer(people.admin())).post("/api/staff/" + UUID.randomUUID() + "/disabling")
                .then().spec(problem(404));
    }
}
