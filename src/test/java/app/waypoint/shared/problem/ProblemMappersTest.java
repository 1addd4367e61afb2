package app.waypoint.shared.problem;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The client errors an outside probe once turned into 500s, and the input rules that refuse what should not be stored: each
 * answers 4xx as a problem document naming the field or parameter at fault, and nothing is saved.
 */
@QuarkusTest
class ProblemMappersTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    // --- the probe's causes of 500 --------------------------------------------------------------------------------------

    @Test
    void shouldListEscalationsWhenAnAdministratorAsksWithoutAScope() {
        // given an administrator (no caseload, so no condition on who the escalations were sent to)
        String admin = Tokens.bearer(people.admin());

        // when they list the escalations
        // then the answer is a page, not a failure about a query parameter nobody uses
        given().header("Authorization", admin).get("/api/escalations").then().statusCode(200).body("page", equalTo(0));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenAJsonKeyIsGivenTwice() {
        String name = "Team " + UUID.randomUUID();
        asAdmin().body("{\"name\": \"" + name + "\", \"name\": \"Other " + name + "\"}").post("/api/teams")
                .then().spec(problem(400, "malformed-request")).body("errors.field", hasItem("name"));
        assertNoTeamNamed(name);
    }

    @Test
    void shouldAnswer415AndCreateNothingWhenTheBodyIsNotJson() {
        String name = "Team " + UUID.randomUUID();
        asAdmin().contentType("text/plain").body("{\"name\": \"" + name + "\"}").post("/api/teams").then().spec(problem(415));
        asAdmin().contentType("multipart/form-data; boundary=x").body(("--x\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n"
                + name + "\r\n--x--\r\n").getBytes(StandardCharsets.UTF_8)).post("/api/teams").then().spec(problem(415));
        assertNoTeamNamed(name);
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenTextHoldsANulCharacter() {
        String name = "Team " + UUID.randomUUID();
        asAdmin().body(Map.of("name", name + "\u0000")).post("/api/teams")
                .then().spec(problem(400, "malformed-request")).body("errors.field", hasItem("name"));
        assertNoTeamNamed(name);
    }

    @Test
    void shouldAnswer400WhenTheAddressHoldsAControlCharacter() {
        String admin = Tokens.bearer(people.admin());
        given().header("Authorization", admin).urlEncodingEnabled(false).get("/api/tasks/%00").then().spec(problem(400, "invalid-input"));
        given().header("Authorization", admin).urlEncodingEnabled(false).get("/api/young-people/%0D%0Aforged")
                .then().spec(problem(400, "invalid-input"));
        given().header("Authorization", admin).urlEncodingEnabled(false).get("/api/tasks?process=%00")
                .then().spec(problem(400, "invalid-input")).body("errors.field", hasItem("process"));
    }

    @Test
    void shouldAnswer400NamingThePageWhenItIsBeyondAnyPossibleLastPage() {
        asAdmin().queryParam("page", Integer.MAX_VALUE).get("/api/young-people")
                .then().spec(problem(400, "invalid-input")).body("errors.field", hasItem("page"));
    }

    @Test
    void shouldAnswer400NamingTheVersionWhenADiagramVersionIsBelowOne() {
        asAdmin().queryParam("version", 0).get("/api/process-models/LeavingCareTransitionProcess/diagram")
                .then().spec(problem(400, "invalid-input")).body("errors.field", hasItem("version"));
    }

    @Test
    void shouldAnswer400NamingTheFieldAndRecordNobodyWhenAYearHasMoreThanFourDigits() {
        TeamFixture team = people.team();
        Map<String, Object> body = youngPerson(team);
        body.put("dateOfBirth", "+999999999-01-01");

        as(team.managerToken()).body(body).post("/api/young-people")
                .then().spec(problem(400, "malformed-request")).body("errors.field", hasItem("dateOfBirth"));
        as(team.managerToken()).get("/api/young-people").then().body("total", equalTo(0));
    }

    @Test
    void shouldAnswer422NamingTheTeamWhenACohortNamesATeamThatDoesNotExist() {
        TeamFixture team = people.team();
        asAdmin().body(Map.of("name", "Cohort " + UUID.randomUUID(), "startsOn", clock.today().toString(),
                        "staff", List.of(team.manager().username()), "teamId", UUID.randomUUID().toString()))
                .post("/api/house-project/cohorts")
                .then().spec(problem(422)).body("errors.field", hasItem("teamId"));
    }

    // --- strict JSON ----------------------------------------------------------------------------------------------------

    @Test
    void shouldAnswer400AndCreateNothingWhenContentFollowsTheJson() {
        String name = "Team " + UUID.randomUUID();
        asAdmin().body("{\"name\": \"" + name + "\"} {\"name\": \"x\"}").post("/api/teams").then().spec(problem(400, "malformed-request"));
        assertNoTeamNamed(name);
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenTheRequestHasAFieldItDoesNotKnow() {
        String name = "Team " + UUID.randomUUID();
        asAdmin().body(Map.of("name", name, "isAdmin", true)).post("/api/teams")
                .then().spec(problem(400, "malformed-request")).body("errors.field", hasItem("isAdmin"));
        assertNoTeamNamed(name);
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenANumberIsGivenAsAStringOrTextAsANumber() {
        TeamFixture team = people.team();
        asAdmin().body(Map.of("name", "Cohort " + UUID.randomUUID(), "startsOn", clock.today().toString(), "capacity", "5",
                        "staff", List.of(team.manager().username()), "teamId", team.id().toString()))
                .post("/api/house-project/cohorts")
                .then().spec(problem(400, "malformed-request")).body("errors.field", hasItem("capacity"));
        asAdmin().body(Map.of("name", 12345)).post("/api/teams")
                .then().spec(problem(400, "malformed-request")).body("errors.field", hasItem("name"));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenADateIsANumberOrAnImpossibleDay() {
        TeamFixture team = people.team();
        for (Object date : List.of(20_000, List.of(2010, 1, 1), "2010-02-31", "2010-1-1", "")) {
            Map<String, Object> body = youngPerson(team);
            body.put("dateOfBirth", date);
            as(team.managerToken()).body(body).post("/api/young-people")
                    .then().spec(problem(400, "malformed-request")).body("errors.field", hasItem("dateOfBirth"));
        }
        as(team.managerToken()).get("/api/young-people").then().body("total", equalTo(0));
    }

    @Test
    void shouldAnswer400NamingTheFieldWhenAnEnumIsGivenByItsOrdinal() {
        TeamFixture team = people.team();
        Map<String, Object> byOrdinal = youngPerson(team);
        byOrdinal.put("careEpisodes", List.of(Map.of("start", clock.today().minusYears(2).toString(), "legalBasis", 0)));
        as(team.managerToken()).body(byOrdinal).post("/api/young-people")
                .then().spec(problem(400, "malformed-request")).body("errors.field", hasItem("careEpisodes[0].legalBasis"));
    }

    // --- plausible dates, list and body sizes ---------------------------------------------------------------------------

    @Test
    void shouldAnswer400NamingTheFieldWhenADateIsBefore1900OrMoreThanTenYearsAhead() {
        TeamFixture team = people.team();
        Map<String, Object> early = youngPerson(team);
        early.put("dateOfBirth", "1899-12-31");
        as(team.managerToken()).body(early).post("/api/young-people")
                .then().spec(problem(400, "invalid-input")).body("errors.field", hasItem("dateOfBirth"));

        Map<String, Object> farAhead = youngPerson(team);
        farAhead.put("careEpisodes", List.of(Map.of("start", clock.today().minusYears(2).toString(),
                "end", clock.today().plusYears(10).plusDays(1).toString(), "legalBasis", "CARE_ORDER")));
        as(team.managerToken()).body(farAhead).post("/api/young-people")
                .then().spec(problem(400, "invalid-input")).body("errors.field", hasItem("careEpisodes[0].end"));
        as(team.managerToken()).get("/api/young-people").then().body("total", equalTo(0));
    }

    @Test
    void shouldAnswer400AndCreateNoTaskWhenOversightHasThousandsOfActions() {
        // given a young person, and an oversight decision with 3,000 actions for their worker
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 17);
        Map<String, Object> action = Map.of("description", "Visit", "owner", team.worker().username(),
                "dueDate", clock.today().plusDays(7).toString());
        Map<String, Object> oversight = Map.of("decision", "Visit weekly", "actions", Collections.nCopies(3000, action));
        int tasksBefore = as(team.workerToken()).queryParam("size", 200).get("/api/tasks").then().extract().path("total");

        // when the manager records it
        as(team.managerToken()).body(oversight).post("/api/young-people/{id}/oversight", youngPerson)
                .then().spec(problem(400, "invalid-input")).body("errors.field", hasItem("actions"));

        // then the worker has no new task
        as(team.workerToken()).queryParam("size", 200).get("/api/tasks").then().body("total", equalTo(tasksBefore));
    }

    @Test
    void shouldAnswer413AsAProblemWhenTheBodyIsTooBig() {
        String name = "x".repeat(2 * 1024 * 1024);
        asAdmin().body(Map.of("name", name)).post("/api/teams").then().spec(problem(413, "request-too-large"));
    }

    // --- query and path parameters --------------------------------------------------------------------------------------

    @Test
    void shouldAnswer400NamingTheParameterWhenAQueryParameterIsMalformed() {
        Map<String, String> malformed = Map.of("page", "abc", "size", "-1", "youngPersonId", "not-a-uuid", "dueBefore", "2026-02-31",
                "dueAfter", "+999999999-01-01", "overdue", "maybe");
        malformed.forEach((parameter, value) -> asAdmin().queryParam(parameter, value).get("/api/tasks")
                .then().spec(problem(400, "invalid-input")).body("errors.field", hasItem(parameter)));
    }

    @Test
    void shouldAnswer400NamingTheVersionWhenADiagramVersionIsNotANumber() {
        asAdmin().queryParam("version", "abc").get("/api/process-models/LeavingCareTransitionProcess/diagram")
                .then().spec(problem(400, "invalid-input")).body("errors.field", hasItem("version"));
    }

    @Test
    void shouldAnswer404WhenAPathIdIsNotAUuid() {
        asAdmin().get("/api/young-people/not-a-uuid").then().spec(problem(404));
        asAdmin().get("/api/escalations/12345").then().spec(problem(404));
    }

    private RequestSpecification asAdmin() {
        return as(Tokens.bearer(people.admin()));
    }

    private static RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    private void assertNoTeamNamed(String name) {
        List<String> names = asAdmin().get("/api/teams").then().statusCode(200).extract().jsonPath().getList("name", String.class);
        assertThat(names).noneMatch(team -> team.contains(name));
    }

    private Map<String, Object> youngPerson(TeamFixture team) {
        LocalDate today = clock.today();
        Map<String, Object> body = new HashMap<>();
        body.put("localId", "YP-" + UUID.randomUUID().toString().substring(0, 18));
        body.put("givenName", "Robin");
        body.put("familyName", "Fixture");
        body.put("dateOfBirth", today.minusYears(16).toString());
        body.put("teamId", team.id().toString());
        body.put("fosterPlacement", true);
        body.put("careEpisodes", List.of(Map.of("start", today.minusYears(2).toString(), "legalBasis", "CARE_ORDER")));
        return body;
    }
}
