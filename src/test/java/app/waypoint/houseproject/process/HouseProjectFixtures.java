package app.waypoint.houseproject.process;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A House Project team (with a cohort lead), care leavers referred to it, and their steps driven through the REST API. */
@ApplicationScoped
public class HouseProjectFixtures {

    public static final Map<String, Object> ALL_FACTORS = Map.of("facilities", "Own kitchen and bathroom", "stateOfRepair", "Newly decorated",
            "safety", "Smoke alarms, secure door", "location", "Near college and her sister", "support", "Adviser weekly, floating support",
            "tenancyStatus", "Introductory tenancy with the council", "affordability", "Rent covered by Universal Credit housing element",
            "youngPersonViews", "I love it, it feels like mine");

    private final PeopleFixtures people;
    private final AllocationService allocations;
    private final TestClock clock;

    HouseProjectFixtures(PeopleFixtures people, AllocationService allocations, TestClock clock) {
        this.people = people;
        this.allocations = allocations;
        this.clock = clock;
    }

    /** A team whose adviser is a second worker, and a worker who leads its cohorts. */
    public Team team() {
        TeamFixture team = people.team();
        return new Team(team, people.member(team, StaffRole.WORKER));
    }

    /** A care leaver of 19 in the team, with its social worker and (as personal adviser) its adviser allocated. */
    public UUID careLeaver(Team team) {
        LocalDate born = clock.today().minusYears(19);
        UUID id = people.youngPerson(team.people(), born, false, List.of(new CareEpisodeInput(Birthdays.anniversary(born, 14),
                Birthdays.anniversary(born, 18), LegalBasis.CARE_ORDER)));
        allocations.allocate(id, AllocationKind.PERSONAL_ADVISER, team.people().adviser().username(), team.people().manager().username());
        return id;
    }

    /** A cohort of the team led by its cohort lead, starting today. */
    public UUID cohort(Team team, int capacity) {
        return given().header("Authorization", team.people().managerToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Cohort " + UUID.randomUUID(), "startsOn", clock.today().toString(), "capacity", capacity,
                        "staff", List.of(team.lead().username(), team.people().adviser().username())))
                .post("/api/house-project/cohorts")
                .then().statusCode(201).extract().jsonPath().getUUID("id");
    }

    public static Response refer(String token, UUID youngPersonId) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason", "Wants her own home"))
                .post("/api/young-people/{id}/house-project", youngPersonId);
    }

    public static Response leave(String token, UUID youngPersonId, String reason) {
        return given().header("Authorization", token).contentType(ContentType.JSON).body(Map.of("reason", reason))
                .post("/api/young-people/{id}/house-project/leaving", youngPersonId);
    }

    public static JsonPath membership(Team team, UUID youngPersonId) {
        return given().header("Authorization", team.people().managerToken()).get("/api/young-people/{id}/house-project", youngPersonId)
                .then().statusCode(200).extract().jsonPath();
    }

    public static JsonPath board(String token, UUID cohortId) {
        return given().header("Authorization", token).get("/api/house-project/cohorts/{id}/board", cohortId)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Referred by the social worker, applied, interviewed and given a place in the cohort: now at the first weekly session. */
    public void intoCohort(Team team, UUID youngPersonId, UUID cohortId) {
        refer(team.people().workerToken(), youngPersonId).then().statusCode(201);
        complete(team, youngPersonId, HouseProjectMoveProcess.TASK_RECORD_APPLICATION,
                Map.of("appliedOn", today(), "application", "I want to learn to live on my own"));
        complete(team, youngPersonId, HouseProjectMoveProcess.TASK_HOLD_INTERVIEW,
                Map.of("interviewedOn", today(), "placeOffered", true, "interviewNote", "Motivated"));
        complete(team, youngPersonId, HouseProjectMoveProcess.TASK_OFFER_PLACE, Map.of("cohortId", cohortId.toString()));
    }

    /** From the first weekly session to a suitable home: the programme completed, ready, a property found suitable. */
    public void toSuitableHome(Team team, UUID youngPersonId) {
        complete(team, youngPersonId, HouseProjectMoveProcess.TASK_RECORD_SESSION,
                Map.of("sessionOn", today(), "attended", true, "programmeCompleted", true));
        complete(team, youngPersonId, HouseProjectMoveProcess.TASK_DECIDE_READINESS, Map.of("ready", true, "readinessNote", "Ready"));
        complete(team, youngPersonId, HouseProjectMoveProcess.TASK_IDENTIFY_PROPERTY,
                Map.of("propertyAddress", "1 Hope Street", "housingProvider", "City Homes"));
        Map<String, Object> assessment = new HashMap<>(ALL_FACTORS);
        assessment.putAll(Map.of("suitable", true, "rationale", "Meets every need in the plan"));
        complete(team, youngPersonId, HouseProjectMoveProcess.TASK_ASSESS_SUITABILITY, assessment);
    }

    private String today() {
        return clock.today().toString();
    }

    /** Completes the young person's only open task at a step, as whoever it is assigned (or offered) to. */
    public static void complete(Team team, UUID youngPersonId, String stepId, Map<String, Object> values) {
        completion(team, task(team, youngPersonId, stepId), values).then().statusCode(204);
    }

    public static Response completion(Team team, OpenTask task, Map<String, Object> values) {
        return given().header("Authorization", team.tokenFor(task)).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", task.id());
    }

    public static OpenTask task(Team team, UUID youngPersonId, String stepId) {
        List<OpenTask> tasks = tasks(team, youngPersonId).stream().filter(task -> task.stepId().equals(stepId)).toList();
        assertThat(tasks).as("open tasks at %s", stepId).hasSize(1);
        return tasks.get(0);
    }

    /** The young person's open House Project tasks, as their team's manager sees them in the tasklist. */
    static List<OpenTask> tasks(Team team, UUID youngPersonId) {
        List<Map<String, Object>> items = given().header("Authorization", team.people().managerToken())
                .queryParam("youngPersonId", youngPersonId).queryParam("process", HouseProjectMoveProcess.KEY)
                .get("/api/tasks")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return items.stream().map(OpenTask::of).toList();
    }

    /** A team for the House Project, and the worker who leads its cohorts. */
    public record Team(TeamFixture people, StaffResponse lead) {

        public String leadToken() {
            return Tokens.bearer(lead);
        }

        String tokenFor(OpenTask task) {
            if (task.assignee() == null) {
                return task.candidateGroups().contains("manager") ? people.managerToken() : people.workerToken();
            }
            return Map.of(people.worker().username(), people.workerToken(), people.adviser().username(), people.adviserToken(),
                    lead.username(), leadToken()).get(task.assignee());
        }
    }

    public record OpenTask(String id, String stepId, String assignee, List<String> candidateGroups, LocalDate due) {

        @SuppressWarnings("unchecked")
        static OpenTask of(Map<String, Object> row) {
            return new OpenTask((String) row.get("id"), (String) row.get("stepId"), (String) row.get("assignee"),
                    (List<String>) row.get("candidateGroups"), row.get("due") == null ? null : LocalDate.parse((String) row.get("due")));
        }
    }
}
