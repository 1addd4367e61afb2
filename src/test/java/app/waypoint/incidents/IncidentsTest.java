package app.waypoint.incidents;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.incidents.domain.IncidentWatch;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.youngpeople.YoungPersonName;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.testsupport.IncidentDrill;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A process step that fails until its retries run out: shown to administrators, retried, announced once, counted. */
@QuarkusTest
class IncidentsTest {

    @Inject
    IncidentDrill drill;
    @Inject
    IncidentWatch watch;
    @Inject
    PeopleFixtures people;
    @Inject
    YoungPersonService youngPeople;

    @AfterEach
    void endDrills() {
        drill.cleanUp();
    }

    @Test
    void shouldListStoppedStepInWordsAndClearItWhenRetriedAfterTheCauseIsFixed() {
        // given a drill for a young person whose step failed until the engine gave up
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, LocalDate.now(WaypointClock.ZONE), 17);
        String jobId = drill.stoppedStep(youngPerson);
        String admin = Tokens.bearer(people.admin());

        // when an administrator lists the failed steps
        Map<String, Object> row = failedStep(admin, jobId);

        // then it is there in words: process, step, whom, the error without the address or name it quoted, no tries left
        assertThat(row).containsEntry("stopped", true).containsEntry("process", IncidentDrill.PROCESS_NAME)
                .containsEntry("step", IncidentDrill.STEP_NAME).containsEntry("youngPerson", nameOf(youngPerson))
                .containsEntry("error", "Mail server refused the letter to [hidden] for [hidden]").containsEntry("retriesLeft", 0);
        assertThat(row.get("since")).isNotNull();

        // and when the cause is fixed and the administrator retries it
        drill.fixCause();
        given().header("Authorization", admin).post("/api/incidents/{jobId}/retry", jobId).then().statusCode(204);
        drill.runAgain(jobId);

        // then the step ran, the process went on, and nothing is listed any more
        assertThat(drill.running(youngPerson)).isFalse();
        assertThat(failedSteps(admin).getList("jobId")).doesNotContain(jobId);
        // and a retry of what no longer failed is a 404
        given().header("Authorization", admin).post("/api/incidents/{jobId}/retry", jobId).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldRetryEveryStoppedStepOfOneKindWhenAskedForAll() {
        // given two drills stopped at the same step
        TeamFixture team = people.team();
        String first = drill.stoppedStep(people.careLeaver(team, LocalDate.now(WaypointClock.ZONE), 17));
        String second = drill.stoppedStep(people.careLeaver(team, LocalDate.now(WaypointClock.ZONE), 18));
        String admin = Tokens.bearer(people.admin());

        // when an administrator retries every failure of that step
        int retried = given().header("Authorization", admin).contentType(ContentType.JSON)
                .body(Map.of("processKey", IncidentDrill.PROCESS_KEY, "stepId", IncidentDrill.STEP_ID))
                .post("/api/incidents/retries").then().statusCode(200).extract().path("retried");

        // then both have an attempt again (still failing, so listed as retrying)
        assertThat(retried).isEqualTo(2);
        JsonPath list = failedSteps(admin);
        assertThat(List.of(first, second)).allSatisfy(jobId -> assertThat(list.getInt("find { it.jobId == '" + jobId + "' }.retriesLeft")).isEqualTo(1));
    }

    @Test
    void shouldTellEachAdministratorExactlyOnceWhenStepStops() {
        // given an administrator, and a drill stopped at its step
        StaffResponse admin = people.admin();
        String jobId = drill.stoppedStep(people.careLeaver(people.team(), LocalDate.now(WaypointClock.ZONE), 17));

        // when the watch looks, twice (every replica looks, every minute)
        watch.scan();
        watch.scan();

        // then the administrator was told once, without the young person or the error's content, with a link to the page
        List<Map<String, Object>> notices = drillNotices(admin);
        assertThat(notices).hasSize(1);
        assertThat(notices.get(0)).containsEntry("link", "/incidents").containsEntry("youngPersonRef", null);
        assertThat(notices.get(0).get("headline").toString()).doesNotContain("example.org").doesNotContain("Bloggs");

        // and when it is retried, fails again and stops again, that is a new incident: told once more
        given().header("Authorization", Tokens.bearer(admin)).post("/api/incidents/{jobId}/retry", jobId).then().statusCode(204);
        drill.runAgain(jobId);
        watch.scan();
        assertThat(drillNotices(admin)).hasSize(2);
    }

    @Test
    void shouldCountStoppedStepsByProcessAndStepInTheMetrics() {
        // given a drill stopped at its step, seen by the watch
        drill.stoppedStep(people.careLeaver(people.team(), LocalDate.now(WaypointClock.ZONE), 17));
        watch.scan();

        // when the metrics are scraped
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        // then the gauge counts it under the process's and the step's names
        assertThat(metrics).contains("waypoint_incidents_open{process=\"Incident drill\",step=\"Send drill letter\"} 1.0");
    }

    @Test
    void shouldRefuseEveryoneButAdministrators() {
        // given a team's manager and an IRO
        TeamFixture team = people.team();

        // then neither may list or retry failed steps
        given().header("Authorization", Tokens.bearer(team.manager())).get("/api/incidents").then().statusCode(403);
        given().header("Authorization", Tokens.bearer(team.iro())).post("/api/incidents/{jobId}/retry", "1").then().statusCode(403);
    }

    private static Map<String, Object> failedStep(String admin, String jobId) {
        return failedSteps(admin).getMap("find { it.jobId == '" + jobId + "' }");
    }

    private static JsonPath failedSteps(String admin) {
        return given().header("Authorization", admin).get("/api/incidents").then().statusCode(200).extract().jsonPath();
    }

    private static List<Map<String, Object>> drillNotices(StaffResponse admin) {
        List<Map<String, Object>> items = given().header("Authorization", Tokens.bearer(admin)).queryParam("size", 100)
                .get("/api/notifications").then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().filter(item -> item.get("headline").toString().contains(IncidentDrill.PROCESS_NAME)).toList();
    }

    private String nameOf(UUID youngPerson) {
        return youngPeople.directory().stream().filter(name -> name.id().equals(youngPerson)).map(YoungPersonName::name).findFirst().orElseThrow();
    }
}
