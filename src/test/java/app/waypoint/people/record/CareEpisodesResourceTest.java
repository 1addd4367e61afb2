package app.waypoint.people.record;

import static app.waypoint.testsupport.Problems.problem;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.HeaderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Coming back into care (a new episode) and leaving care to stay put, through the record (issue 13). */
@QuarkusTest
class CareEpisodesResourceTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    @Test
    void shouldShowTheChildLookedAfterAgainAtOnceWhenManagerStartsANewEpisode() {
        // given a 17-year-old who left care to go home a month ago, relevant now
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        LocalDate born = today.minusYears(17).minusMonths(3);
        UUID id = people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 13), null, LegalBasis.CARE_ORDER)));
        as(team.managerToken()).body(leaving(today.minusMonths(1), "RETURNED_HOME")).post(person(id) + "/care-episodes/current/end")
                .then().statusCode(200).body("status", equalTo("RELEVANT"));
        String etag = as(team.managerToken()).get(person(id)).then().extract().header("ETag");

        // when the manager records that they came back into care under section 20 today, with the version read
        Response started = as(team.managerToken()).header("If-Match", etag)
                .body(Map.of("startDate", today.toString(), "legalBasis", "SECTION_20", "note", "Home broke down"))
                .post(person(id) + "/care-episodes");

        // then the record shows them in care, eligible again, at once, with a new version
        started.then().statusCode(201).body("status", equalTo("ELIGIBLE"));
        assertThat(started.header("ETag")).isNotEqualTo(etag);
        // and the episodes say who started the new one and why; the chronology tells it
        as(team.workerToken()).get(person(id) + "/care-episodes").then().statusCode(200).body("", hasSize(2))
                .body("[0].start", equalTo(today.toString())).body("[0].end", nullValue())
                .body("[0].legalBasis", equalTo("SECTION_20")).body("[0].startedBy", equalTo(team.manager().username()))
                .body("[0].startNote", equalTo("Home broke down"));
        as(team.workerToken()).get(person(id) + "/chronology").then().body("items.kind", hasItem("CARE_STARTED"));
        // and the caseload lists them as eligible
        as(team.managerToken()).queryParam("status", "eligible").get("/api/young-people").then().body("items.id", hasItem(id.toString()));
        // and a stale version is refused
        as(team.managerToken()).header("If-Match", etag).body(leaving(today, "OTHER")).post(person(id) + "/care-episodes/current/end")
                .then().spec(problem(409, "stale-record"));
    }

    @Test
    void shouldAnswer422NamingTheStartAndSaveNothingWhenTheNewEpisodeIsImpossible() {
        // given a 17-year-old in care, and a care leaver of 19
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        LocalDate born = today.minusYears(17).minusMonths(3);
        UUID inCare = people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 13), null, LegalBasis.CARE_ORDER)));
        UUID adult = people.careLeaver(team, today, 19);

        // then an episode going on, a start in the future, a start at 18 or later, or one overlapping the last episode is refused
        start(team, inCare, today).then().spec(problem(422, "invalid-care-start")).body("errors.field", hasItem("startDate"));
        start(team, adult, today).then().spec(problem(422)).body("errors.field", hasItem("startDate"));
        as(team.managerToken()).body(leaving(today.minusDays(10), "RETURNED_HOME")).post(person(inCare) + "/care-episodes/current/end")
                .then().statusCode(200);
        start(team, inCare, today.plusDays(1)).then().spec(problem(422)).body("errors.field", hasItem("startDate"));
        start(team, inCare, today.minusDays(11)).then().spec(problem(422)).body("errors.field", hasItem("startDate"));
        as(team.managerToken()).get(person(inCare) + "/care-episodes").then().body("", hasSize(1));
        // and a worker or an IRO may not start one
        as(team.workerToken()).body(Map.of("startDate", today.toString(), "legalBasis", "CARE_ORDER")).post(person(inCare) + "/care-episodes")
                .then().spec(problem(403));
    }

    @Test
    void shouldSetStayingPutFromThe18thBirthdayWhenCareEndsToStayPut() {
        // given a young person in foster care who turned 18 today
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        LocalDate born = today.minusYears(18);
        UUID id = people.youngPerson(team, born, true, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 12), null, LegalBasis.CARE_ORDER)));
        LocalDate eighteenth = Birthdays.anniversary(born, 18);

        // when the manager records that care ended on the 18th birthday to stay put
        as(team.managerToken()).body(leaving(eighteenth, "STAYING_PUT")).post(person(id) + "/care-episodes/current/end")
                .then().statusCode(200).body("status", equalTo("FORMER_RELEVANT"));

        // then staying put is set from that day, with the reason, and the caseload finds them under staying put
        as(team.managerToken()).get(person(id) + "/flags").then().body("[0].flag", equalTo("STAYING_PUT")).body("[0].set", equalTo(true))
                .body("[0].effectiveOn", equalTo(eighteenth.toString()));
        as(team.managerToken()).queryParam("stayingPut", "true").get("/api/young-people").then().body("items.id", hasItem(id.toString()));
    }

    @Test
    void shouldAnswer422NamingTheReasonWhenAChildUnder18WouldStayPut() {
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(17).minusMonths(3);
        UUID id = people.youngPerson(team, born, true, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 13), null, LegalBasis.CARE_ORDER)));

        as(team.managerToken()).body(leaving(clock.today(), "STAYING_PUT")).post(person(id) + "/care-episodes/current/end")
                .then().spec(problem(422)).body("errors.field", hasItem("reason"));
        as(team.managerToken()).get(person(id) + "/flags").then().body("", hasSize(0));
    }

    @Test
    void shouldAnswer428NamingIfMatchAndSaveNothingWhenAChangeDoesNotSayWhichVersionItWasMadeOn() {
        // given a 17-year-old in care
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(17).minusMonths(3);
        UUID id = people.youngPerson(team, born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 13), null, LegalBasis.CARE_ORDER)));

        // when their worker records an activity without If-Match
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "F2", "effectiveOn", clock.today().toString())).post(person(id) + "/activity")
                // then it is 428 naming the header, and nothing is saved
                .then().spec(problem(428, "precondition-required")).body("errors.field", hasItem("If-Match"));
        as(team.workerToken()).get(person(id) + "/activity").then().body("", hasSize(0));
        // and someone who may not see the young person still gets 404, not 428
        given().header("Authorization", people.team().workerToken()).contentType(ContentType.JSON)
                .body(Map.of("code", "F2", "effectiveOn", clock.today().toString())).post(person(id) + "/activity").then().spec(problem(404));
    }

    private Response start(TeamFixture team, UUID id, LocalDate on) {
        return as(team.managerToken()).body(Map.of("startDate", on.toString(), "legalBasis", "CARE_ORDER")).post(person(id) + "/care-episodes");
    }

    private static Map<String, Object> leaving(LocalDate end, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("endDate", end.toString());
        body.put("reason", reason);
        body.put("approval", Map.of("approverRole", "DCS", "approvedBy", "Dana Director", "approvedOn", end.minusDays(7).toString()));
        return body;
    }

    private static String person(UUID id) {
        return "/api/young-people/" + id;
    }

    /** Changes name the version they were made on; {@code *} unless a test sends the ETag it read (which then replaces it). */
    private static RequestSpecification as(String token) {
        return given().config(RestAssuredConfig.config().headerConfig(HeaderConfig.headerConfig().overwriteHeadersWithName("If-Match")))
                .header("Authorization", token).header("If-Match", "*").contentType(ContentType.JSON);
    }
}
