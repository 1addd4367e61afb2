package app.waypoint.chronology;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.oneOf;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Problems;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A young person's chronology through the API: what it gathers, its order and paging, who did what, and who may read it. */
@QuarkusTest
class ChronologyResourceTest {

    private static final String CHRONOLOGY = "/api/young-people/{id}/chronology";

    @Inject
    Casework casework;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;

    private ReviewRequested review;
    private TeamFixture team;
    private UUID youngPerson;

    @BeforeEach
    void careLeaverAwaitingReview() {
        review = casework.careLeaverAwaitingReview();
        team = review.team();
        youngPerson = review.youngPersonId();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldListWhatHappenedNewestFirstWithWhoDidItWhenWorkIsDoneOnTheCase() {
        // given the worker schedules the review, records a move, the manager records oversight, and the IRO raises a dispute
        casework.completeScheduling(review, team.workerToken());
        post(team.workerToken(), "/api/young-people/" + youngPerson + "/significant-changes",
                Map.of("kind", "MOVE", "occurredOn", clock.today().toString(), "detail", "Moved to supported lodgings",
                        "accommodation", Map.of("category", "E", "addressOrProvider", "Northgate supported lodgings",
                                "startDate", clock.today().toString(), "suitable", true, "judgedBy", "Wes Worker")));
        post(team.managerToken(), "/api/young-people/" + youngPerson + "/oversight",
                Map.of("decision", "Keep the review on the planned date", "rationale", "The move went well", "actions", List.of()));
        post(team.iroToken(), "/api/disputes", Map.of("youngPersonId", youngPerson.toString(), "issueType", "DRIFT_AND_DELAY",
                "detail", "The plan has drifted", "informalResolutionBy", clock.today().plusDays(7).toString()));

        // when the social worker reads the chronology
        JsonPath chronology = chronology(team.workerToken(), 0, 50);

        // then it holds each of those, newest first, with who did it, down to the allocations made when the record was opened
        List<String> kinds = chronology.getList("items.kind");
        assertThat(kinds).startsWith("DISPUTE").endsWith("ALLOCATION", "ALLOCATION")
                .containsSubsequence("DISPUTE", "OVERSIGHT", "SIGNIFICANT_CHANGE", "STEP_COMPLETED", "ALLOCATION");
        assertThat(chronology.getInt("total")).isEqualTo(kinds.size());
        List<String> times = chronology.getList("items.at");
        assertThat(times).isSortedAccordingTo((a, b) -> Instant.parse(b).compareTo(Instant.parse(a)));

        Map<String, Object> step = only(chronology, "STEP_COMPLETED");
        assertThat(step).containsEntry("title", "Schedule review and invite completed").containsEntry("detail", "Pathway review")
                .containsEntry("by", team.worker().username()).containsEntry("byName", team.worker().displayName());
        assertThat((String) step.get("refId")).isNotBlank();
        assertThat(only(chronology, "SIGNIFICANT_CHANGE")).containsEntry("title", "Significant change: moved home")
                .containsEntry("by", team.worker().username())
                .containsEntry("link", "/api/young-people/" + youngPerson + "/pathway-reviews");
        assertThat((String) only(chronology, "SIGNIFICANT_CHANGE").get("detail")).endsWith(": Moved to supported lodgings");
        assertThat(only(chronology, "OVERSIGHT")).containsEntry("title", "Management oversight")
                .containsEntry("detail", "Keep the review on the planned date").containsEntry("by", team.manager().username());
        Map<String, Object> raised = chronology.getMap("items.find { it.title == 'IRO dispute raised' }");
        assertThat(raised).containsEntry("by", team.iro().username());
        assertThat((String) raised.get("link")).startsWith("/api/disputes/");
        assertThat(chronology.getList("items.findAll { it.kind == 'ALLOCATION' }.title", String.class))
                .containsExactlyInAnyOrder("Social worker allocated: " + team.worker().displayName(),
                        "IRO allocated: " + team.iro().displayName());
    }

    @Test
    void shouldNameWhoCompletedAStepWhenAManagerCompletesATaskAssignedToAWorker() {
        // when the manager completes the scheduling task, which is the worker's
        casework.completeScheduling(review, team.managerToken());

        // then the chronology says the manager did it
        assertThat(only(chronology(team.workerToken(), 0, 50), "STEP_COMPLETED")).containsEntry("by", team.manager().username());
    }

    @Test
    void shouldShowTheEscalationAndItsAcknowledgementWhenATaskGoesOverdue() {
        // given the scheduling task is not done

        // when the first working day after its due date comes, and the manager acknowledges the escalation
        clock.travelTo(calendar.plusWorkingDays(review.schedulingDue(), 1));
        JsonPath escalated = chronology(team.managerToken(), 0, 50);
        Map<String, Object> escalation = only(escalated, "ESCALATION");
        String escalationId = (String) escalation.get("refId");
        given().header("Authorization", team.managerToken()).post("/api/escalations/{id}/acknowledgement", escalationId)
                .then().statusCode(200);

        // then the chronology shows the escalation to the team manager (who was told), then its acknowledgement, newest first
        assertThat(escalation).containsEntry("title", "Overdue, escalated to the team manager: Schedule review and invite")
                .containsEntry("by", null).containsEntry("link", "/api/escalations/" + escalationId);
        assertThat((String) escalation.get("detail")).contains(team.manager().displayName());
        JsonPath after = chronology(team.workerToken(), 0, 50);
        assertThat(after.getList("items.title", String.class).subList(0, 2)).containsExactly(
                "Escalation acknowledged: Schedule review and invite", "Overdue, escalated to the team manager: Schedule review and invite");
        assertThat(after.getString("items[0].by")).isEqualTo(team.manager().username());
    }

    @Test
    void shouldPageWithoutOverlapWhenReadInSmallPages() {
        // given a few entries
        casework.completeScheduling(review, team.workerToken());
        post(team.managerToken(), "/api/young-people/" + youngPerson + "/oversight", Map.of("decision", "Carry on", "actions", List.of()));

        // when read two at a time
        JsonPath all = chronology(team.workerToken(), 0, 50);
        JsonPath first = chronology(team.workerToken(), 0, 2);
        JsonPath second = chronology(team.workerToken(), 1, 2);

        // then the pages are consecutive slices of the whole, each knowing the total
        assertThat(all.getInt("total")).isEqualTo(4);
        assertThat(first.getInt("total")).isEqualTo(4);
        assertThat(first.getList("items.refId")).containsExactlyElementsOf(all.getList("items.refId").subList(0, 2));
        assertThat(second.getList("items.refId")).containsExactlyElementsOf(all.getList("items.refId").subList(2, 4));
        assertThat(second.getInt("page")).isEqualTo(1);
        given().header("Authorization", team.workerToken()).queryParam("size", 0).get(CHRONOLOGY, youngPerson)
                .then().spec(Problems.problem(400));
    }

    @Test
    void shouldAnswerNotFoundWhenSomeoneWhoMayNotSeeTheYoungPersonAsks() {
        // given a worker of another team, and a worker of the same team with no allocation to the young person
        TeamFixture other = people.team();

        // then neither can read the chronology; the allocated worker, the team's manager and the IRO can
        given().header("Authorization", other.workerToken()).get(CHRONOLOGY, youngPerson).then().spec(Problems.problem(404));
        given().header("Authorization", other.managerToken()).get(CHRONOLOGY, youngPerson).then().spec(Problems.problem(404));
        given().header("Authorization", team.adviserToken()).get(CHRONOLOGY, youngPerson).then().spec(Problems.problem(404));
        for (String token : List.of(team.workerToken(), team.managerToken(), team.iroToken())) {
            given().header("Authorization", token).get(CHRONOLOGY, youngPerson).then().statusCode(200);
        }
    }

    private JsonPath chronology(String token, int page, int size) {
        return given().header("Authorization", token).queryParam("page", page).queryParam("size", size).get(CHRONOLOGY, youngPerson)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> only(JsonPath chronology, String kind) {
        List<Map<String, Object>> matching = chronology.getList("items.findAll { it.kind == '" + kind + "' }");
        assertThat(matching).as("entries of kind %s", kind).hasSize(1);
        return matching.get(0);
    }

    private static void post(String token, String path, Map<String, Object> body) {
        given().header("Authorization", token).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(oneOf(200, 201));
    }
}
