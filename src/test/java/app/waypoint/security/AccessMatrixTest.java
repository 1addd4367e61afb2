package app.waypoint.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.testsupport.MyWaypointSessions;
import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every /api operation of the OpenAPI document, called by every kind of caller about one young person of a team, answers as
 * the table below says: A allowed (2xx, or 400/409/422 about the body or the record's state), H hidden (404), F forbidden
 * (403). Someone who is not staff (with a token whose groups say admin) and a disabled administrator get 403 on every one.
 * A new operation fails the test until it has a row. The everyday changes to a young person's record get a valid body (see
 * {@code bodies}); other write operations get an empty JSON object, so for most of them an allowed caller's answer is a
 * 400 about the body, which is checked before the record: there the table shows only who may call the operation at all.
 */
@QuarkusTest
class AccessMatrixTest {

    /** Columns of the table, in order. */
    enum Caller {
        CASELOAD_WORKER, TEAM_WORKER, OTHER_TEAM_WORKER, TEAM_MANAGER, OTHER_MANAGER, SERVICE_MANAGER, ALLOCATED_IRO,
        UNALLOCATED_IRO, ADMIN
    }

    enum Outcome {
        A, H, F;

        static String of(int status) {
            if (status / 100 == 2 || status == 400 || status == 409 || status == 422 || status == 428) {
                return A.name();
            }
            return status == 404 ? H.name() : status == 403 ? F.name() : String.valueOf(status);
        }
    }

    private static final String TABLE = """
            operation                                                     wrk  team othr mgr  omgr svc  iro  oiro adm
            GET    /api/audit/staff/{id}                                  F    F    F    F    F    F    F    F    A
            GET    /api/audit/young-people/{id}                           F    F    F    F    F    F    F    F    A
            POST   /api/disputes                                          A    A    A    A    A    A    A    A    A
            GET    /api/disputes                                          A    A    A    A    A    A    A    A    A
            GET    /api/disputes/{id}                                     A    H    H    A    H    A    A    H    A
            POST   /api/disputes/{id}/cafcass-referral                    F    H    H    F    H    F    A    H    F
            POST   /api/disputes/{id}/judgements                          A    A    A    A    A    A    A    A    A
            POST   /api/disputes/{id}/responses                           A    A    A    A    A    A    A    A    A
            POST   /api/disputes/{id}/stage                               A    A    A    A    A    A    A    A    A
            POST   /api/eligibility-scans                                 F    F    F    A    A    A    F    F    A
            GET    /api/escalations                                       A    A    A    A    A    A    A    A    A
            GET    /api/escalations/{id}                                  A    H    H    A    H    A    A    H    A
            POST   /api/escalations/{id}/acknowledgement                  A    H    H    A    H    F    A    H    F
            GET    /api/house-project/cohorts                             A    A    A    A    A    A    A    A    A
            POST   /api/house-project/cohorts                             A    A    A    A    A    A    A    A    A
            GET    /api/house-project/cohorts/{cohortId}                  A    A    A    A    A    A    A    A    A
            GET    /api/house-project/cohorts/{cohortId}/board            A    A    A    A    A    A    A    A    A
            POST   /api/imports/ssda903                                   F    F    F    A    A    A    F    F    A
            GET    /api/incidents                                         F    F    F    F    F    F    F    F    A
            POST   /api/incidents/retries                                 F    F    F    F    F    F    F    F    A
            POST   /api/incidents/{jobId}/retry                           F    F    F    F    F    F    F    F    H
            GET    /api/notifications                                     A    A    A    A    A    A    A    A    A
            POST   /api/notifications/read-all                            A    A    A    A    A    A    A    A    A
            GET    /api/notifications/stream                              A    A    A    A    A    A    A    A    A
            GET    /api/notifications/unread-count                        A    A    A    A    A    A    A    A    A
            POST   /api/notifications/{id}/read                           A    H    H    H    H    H    H    H    H
            GET    /api/process-models/{key}/diagram                      A    A    A    A    A    A    A    A    A
            GET    /api/reports/late-recording                            F    F    F    A    A    A    F    F    A
            GET    /api/reports/late-recording/contacts                   F    F    F    A    A    A    F    F    A
            GET    /api/reports/supervision                               F    F    F    A    A    F    F    F    A
            GET    /api/service-view                                      F    F    F    A    A    A    F    F    A
            GET    /api/service-view/care-leavers                         F    F    F    A    A    A    F    F    A
            GET    /api/service-view/care-leavers.xlsx                    F    F    F    A    A    A    F    F    A
            GET    /api/service-view/figures/{figure}                     F    F    F    A    A    A    F    F    A
            GET    /api/service-view/figures/{figure}/members             F    F    F    A    A    A    F    F    A
            GET    /api/service-view/figures/{figure}/trend               F    F    F    A    A    A    F    F    A
            GET    /api/service-view/ssda903/care-leavers-22-to-25        F    F    F    A    A    A    F    F    A
            GET    /api/service-view/ssda903/care-leavers-22-to-25.csv    F    F    F    A    A    A    F    F    A
            GET    /api/service-view/ssda903/oc3                          F    F    F    A    A    A    F    F    A
            GET    /api/service-view/ssda903/oc3/validation               F    F    F    A    A    A    F    F    A
            GET    /api/staff                                             F    F    F    A    A    A    F    F    A
            POST   /api/staff                                             F    F    F    F    F    F    F    F    A
            POST   /api/staff/{id}/disabling                              F    F    F    F    F    F    F    F    A
            POST   /api/staff/{id}/enabling                               F    F    F    F    F    F    F    F    A
            GET    /api/staff/{id}/supervisions                           A    H    H    A    H    H    H    H    A
            POST   /api/staff/{id}/supervisions                           A    A    A    A    A    A    A    A    A
            PUT    /api/staff/{id}/supervisions/supervisor                A    A    A    A    A    A    A    A    A
            GET    /api/staff/{id}/supervisions/{sessionId}               A    H    H    A    H    H    H    H    A
            POST   /api/staff/{id}/supervisions/{sessionId}/record        F    H    H    A    H    H    H    H    A
            POST   /api/staff/{id}/supervisions/{sessionId}/sign-off      A    H    H    A    H    H    H    H    F
            GET    /api/task-filters                                      A    A    A    A    A    A    A    A    A
            POST   /api/task-filters                                      A    A    A    A    A    A    A    A    A
            DELETE /api/task-filters/{filterId}                           H    H    H    H    H    H    H    H    H
            GET    /api/tasks                                             A    A    A    A    A    A    A    A    A
            GET    /api/tasks/{taskId}                                    A    H    H    A    H    A    A    H    A
            PUT    /api/tasks/{taskId}/assignee                           F    F    F    A    A    A    F    F    A
            POST   /api/tasks/{taskId}/claim                              A    H    H    A    H    A    A    H    A
            GET    /api/tasks/{taskId}/comments                           A    H    H    A    H    A    A    H    A
            POST   /api/tasks/{taskId}/comments                           A    H    H    A    H    A    A    H    A
            POST   /api/tasks/{taskId}/completion                         A    H    H    A    H    A    A    H    A
            PUT    /api/tasks/{taskId}/due-date                           F    F    F    A    A    A    F    F    A
            PUT    /api/tasks/{taskId}/follow-up                          A    H    H    F    H    F    F    H    F
            POST   /api/tasks/{taskId}/unclaim                            A    H    H    A    H    F    F    H    A
            GET    /api/teams                                             A    A    A    A    A    A    A    A    A
            POST   /api/teams                                             F    F    F    F    F    F    F    F    A
            PUT    /api/teams/{id}/escalation-chain                       F    F    F    F    F    F    F    F    A
            POST   /api/teams/{teamId}/reassignments                      F    F    F    A    A    A    F    F    A
            GET    /api/teams/{teamId}/workload                           F    F    F    A    F    F    F    F    A
            GET    /api/young-people                                      A    A    A    A    A    A    A    A    A
            POST   /api/young-people                                      F    F    F    A    A    A    F    F    A
            GET    /api/young-people/{id}                                 A    H    H    A    H    A    A    H    A
            GET    /api/young-people/{id}/accommodation                   A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/accommodation                   A    A    A    A    A    A    F    F    A
            GET    /api/young-people/{id}/activity                        A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/activity                        A    A    A    A    A    A    F    F    A
            GET    /api/young-people/{id}/care-episodes                   A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/care-episodes                   F    F    F    A    A    A    F    F    A
            POST   /api/young-people/{id}/care-episodes/current/end       F    F    F    A    A    A    F    F    A
            GET    /api/young-people/{id}/corrections                     A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/corrections                     F    F    F    A    A    A    F    F    A
            GET    /api/young-people/{id}/flags                           A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/flags                           A    A    A    A    A    A    F    F    A
            GET    /api/young-people/{id}/in-touch                        A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/in-touch                        A    A    A    A    A    A    F    F    A
            GET    /api/young-people/{id}/allocations                     A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/allocations                     F    F    F    A    A    A    F    F    A
            POST   /api/young-people/{id}/allocations/{allocationId}/end  F    F    F    A    A    A    F    F    A
            GET    /api/young-people/{id}/chronology                      A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/contacts                        A    H    H    A    H    F    F    F    A
            GET    /api/young-people/{id}/contacts                        A    H    H    A    H    A    A    H    A
            GET    /api/young-people/{id}/contact-timetable               A    H    H    A    H    A    A    H    A
            GET    /api/young-people/{id}/risks                           A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/risks                           A    H    H    A    H    F    A    H    A
            POST   /api/young-people/{id}/risks/{riskId}/decision         F    H    H    A    H    F    F    H    F
            POST   /api/young-people/{id}/risks/{riskId}/review           F    H    H    A    H    F    F    H    F
            POST   /api/young-people/{id}/house-project                   A    A    A    A    A    A    A    A    A
            GET    /api/young-people/{id}/house-project                   A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/house-project/leaving           A    A    A    A    A    A    A    A    A
            GET    /api/young-people/{id}/keeping-in-touch                A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/keeping-in-touch/decision       F    F    F    A    H    F    F    F    F
            POST   /api/young-people/{id}/homelessness-referrals          A    H    H    A    H    F    F    H    A
            GET    /api/young-people/{id}/homelessness-referrals          A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/oversight                       F    H    H    A    H    F    F    H    F
            GET    /api/young-people/{id}/oversight                       A    H    H    A    H    A    A    H    A
            GET    /api/young-people/{id}/pathway-plan                    A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/pathway-plan/copy-given         A    A    A    A    A    A    A    A    A
            PUT    /api/young-people/{id}/pathway-plan/draft              A    H    H    A    H    F    F    H    A
            GET    /api/young-people/{id}/pathway-plan/open-actions       A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/pathway-plan/sign-off           A    A    A    A    A    A    A    A    A
            GET    /api/young-people/{id}/pathway-plan/versions           A    H    H    A    H    A    A    H    A
            GET    /api/young-people/{id}/pathway-plan/versions/{version} A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/pathway-reviews                 A    H    H    A    H    F    A    H    A
            GET    /api/young-people/{id}/pathway-reviews                 A    H    H    A    H    A    A    H    A
            GET    /api/young-people/{id}/processes                       A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/significant-changes             A    A    A    A    A    A    F    F    A
            POST   /api/young-people/{id}/transition                      F    F    F    A    H    F    F    F    A
            GET    /api/young-people/{id}/transition                      A    H    H    A    H    A    A    H    A
            POST   /api/young-people/{id}/transition/closure              F    F    F    A    A    A    F    F    A
            """;

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;
    @Inject
    ObjectMapper json;
    @Inject
    MyWaypointSessions youngPersonSessions;
    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void shouldHaveARowForEveryOperationOfTheApi() throws IOException {
        assertThat(expectations().keySet()).containsExactlyInAnyOrderElementsOf(operations().keySet());
    }

    @Test
    void shouldAnswerEveryOperationAsTheTableSaysForEveryCaller() throws Exception {
        // given a team with a young person (with an open transition, a task, a dispute, an escalation, a signed-off plan ...)
        World world = world();
        Map<String, Map<Caller, String>> expected = expectations();

        // when every caller calls every operation
        List<String> wrong = new ArrayList<>();
        Map<String, String> observed = new LinkedHashMap<>();
        for (Map.Entry<String, Boolean> operation : operations().entrySet()) {
            String[] methodAndPath = operation.getKey().split(" ", 2);
            String path = world.resolve(methodAndPath[1]);
            String body = operation.getValue() ? world.bodies().getOrDefault(operation.getKey(), "{}") : null;
            StringBuilder row = new StringBuilder();
            for (Map.Entry<String, String> refused : world.refused().entrySet()) {
                String outcome = Outcome.of(call(methodAndPath[0], path, body, refused.getValue()));
                if (!outcome.equals("F")) {
                    wrong.add(operation.getKey() + " as " + refused.getKey() + ": expected F, got " + outcome);
                }
            }
            Map<Caller, String> answers = new EnumMap<>(Caller.class);
            for (Caller caller : World.ORDER) {
                answers.put(caller, Outcome.of(call(methodAndPath[0], path, body, world.tokens().get(caller))));
            }
            for (Caller caller : Caller.values()) {
                row.append(String.format("%-5s", answers.get(caller)));
                String want = expected.getOrDefault(operation.getKey(), Map.of()).get(caller);
                if (!answers.get(caller).equals(want)) {
                    wrong.add(operation.getKey() + " as " + caller + ": expected " + want + ", got " + answers.get(caller));
                }
            }
            observed.put(operation.getKey(), row.toString().trim());
        }

        // then each answers as the table says
        StringBuilder table = new StringBuilder();
        observed.forEach((operation, row) -> table.append(String.format("%-7s%-55s%s%n", operation.split(" ")[0], operation.split(" ")[1], row)));
        assertThat(wrong).as("observed:%n%s", table).isEmpty();
    }

    @Test
    void shouldRefuseAYoungPersonSignedInToTheirOwnPagesOnEveryOperationAndStaffPage() throws Exception {
        // given a young person signed in to their own pages (/me), with their session cookie sent everywhere
        TeamFixture team = people.team();
        UUID youngPerson = people.careLeaver(team, clock.today(), 19);
        String cookie = MyWaypointSessions.COOKIE + "=" + youngPersonSessions.signedIn(youngPerson, team.workerCaller());

        // when they call every /api operation about themselves, and open the staff pages about themselves
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Boolean> operation : operations().entrySet()) {
            String[] methodAndPath = operation.getKey().split(" ", 2);
            String path = methodAndPath[1].replace("/api/young-people/{id}", "/api/young-people/" + youngPerson)
                    .replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            int status = send(methodAndPath[0], path, operation.getValue() ? "{}" : null, "Cookie", cookie);
            if (status != 401) {
                wrong.add(operation.getKey() + ": " + status);
            }
        }
        for (String page : List.of("/tasks", "/team", "/young-people", "/young-people/" + youngPerson, "/young-people/" + youngPerson
                + "/waypoint", "/escalations", "/disputes", "/notifications", "/audit", "/supervision/book")) {
            int status = send("GET", page, null, "Cookie", cookie);
            if (!List.of(302, 401, 403, 404).contains(status)) {
                wrong.add("page " + page + ": " + status);
            }
        }

        // then the API answers 401 to every one (no bearer token), and no staff page shows them anything (to the staff sign-in, 401, 403 or 404)
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldNotLetAYoungPersonReachAnotherYoungPersonsPlanActionFromTheirOwnPages() {
        // given two young people of one team, each with a signed-off plan, she signed in to her own pages
        TeamFixture team = people.team();
        UUID hers = people.careLeaver(team, clock.today(), 19);
        UUID other = people.careLeaver(team, clock.today(), 20);
        String othersAction = signedOffPlanAction(team, other, "The other young person's action");
        signedOffPlanAction(team, hers, "Her own action");
        String session = youngPersonSessions.signedIn(hers, team.workerCaller());

        // when she opens the other's action by its id, and says it is done
        given().cookie(MyWaypointSessions.COOKIE, session).get("/me/actions/{id}", othersAction).then().statusCode(404)
                .body(not(containsString("The other young person's action")));
        given().cookie(MyWaypointSessions.COOKIE, session).cookie("csrf-token", "matrix-csrf").redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", "matrix-csrf").formParam("done", "yes")
                .post("/me/actions/{id}", othersAction).then().statusCode(404);
        // and without a session at all
        given().redirects().follow(false).get("/me/actions/{id}", othersAction).then().statusCode(303);

        // then nothing of hers is beside the other's action, and the other's workers were told nothing
        given().header("Authorization", team.workerToken()).get("/api/notifications").then().statusCode(200)
                .body(not(containsString("said whether a plan action was done")));
    }

    /** Signs off a plan for the young person with one action, and answers the action's id. */
    private String signedOffPlanAction(TeamFixture team, UUID youngPerson, String action) {
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("headings", Map.of("health", Map.of("text", "x", "actions", List.of(Map.of("description", action,
                        "owner", team.worker().username(), "dueDate", clock.today().plusDays(20).toString()))),
                        "contingencyPlan", Map.of("text", "Call the duty team"))))
                .put("/api/young-people/{id}/pathway-plan/draft", youngPerson).then().statusCode(200);
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("oversightNote", "Agreed"))
                .post("/api/young-people/{id}/pathway-plan/sign-off", youngPerson).then().statusCode(200);
        return given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-plan", youngPerson).then()
                .statusCode(200).extract().jsonPath().getString("headings.health.actions[0].id");
    }

    private int call(String method, String path, String body, String token) throws IOException, InterruptedException {
        return send(method, path, body, "Authorization", token);
    }

    private int send(String method, String path, String body, String header, String value) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header(header, value)
                .method(method, body != null ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        // the answer is read as a stream, so that the live notification stream answers as soon as its headers arrive
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream answer = response.body()) {
            if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream")) {
                answer.readAllBytes();
            }
        }
        return response.statusCode();
    }

    /** "METHOD /path" of every /api operation, and whether it takes a request body. */
    private Map<String, Boolean> operations() throws IOException {
        JsonNode document = json.readTree(given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString());
        Map<String, Boolean> operations = new LinkedHashMap<>();
        document.get("paths").fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/")) {
                path.getValue().fields().forEachRemaining(operation -> {
                    if (List.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                        operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), operation.getValue().has("requestBody"));
                    }
                });
            }
        });
        return operations;
    }

    private static Map<String, Map<Caller, String>> expectations() {
        Map<String, Map<Caller, String>> rows = new LinkedHashMap<>();
        TABLE.lines().skip(1).filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = line.trim().split("\\s+");
            assertThat(cells).as("row %s", line).hasSize(2 + Caller.values().length);
            Map<Caller, String> row = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                row.put(caller, cells[2 + caller.ordinal()]);
            }
            assertThat(rows.put(cells[0] + " " + cells[1], row)).as("a second row for %s %s", cells[0], cells[1]).isNull();
        });
        return rows;
    }

    private World world() {
        TeamFixture team = people.team();
        TeamFixture other = people.team();
        SeniorManagers seniors = people.seniorManagersOf(team);
        people.seniorManagersOf(other);
        StaffResponse unallocatedIro = people.member(team, StaffRole.IRO);
        StaffResponse admin = people.admin();
        StaffResponse disabledAdmin = people.admin();
        StaffResponse leaver = people.member(team, StaffRole.WORKER);
        LocalDate today = clock.today();
        UUID youngPerson = people.youngPerson(team, today.minusYears(16).minusMonths(10), today.minusYears(3), false);

        as(team.managerToken()).post("/api/young-people/{id}/transition", youngPerson).then().statusCode(201);
        String task = as(team.workerToken()).queryParam("youngPersonId", youngPerson).queryParam("processKey", "LeavingCareTransitionProcess")
                .get("/api/tasks").then().statusCode(200).extract().path("items.find { it.stepId == 'Task_AssessNeeds' }.id");
        String dispute = as(team.iroToken()).body(Map.of("youngPersonId", youngPerson, "issueType", "OTHER", "detail", "Drift",
                "informalResolutionBy", calendar.plusWorkingDays(today, 10).toString())).post("/api/disputes")
                .then().statusCode(201).extract().path("id");
        String session = as(team.managerToken()).body(Map.of("scheduledFor", today.toString()))
                .post("/api/staff/{id}/supervisions", team.worker().id()).then().statusCode(201).extract().path("id");
        String cohort = as(team.managerToken()).body(Map.of("name", "Cohort " + UUID.randomUUID(), "startsOn", today.toString(),
                "staff", List.of(team.worker().username()))).post("/api/house-project/cohorts").then().statusCode(201).extract().path("id");
        as(team.workerToken()).body(Map.of("youngPersonViews", "I want my own flat",
                "headings", Map.of("contingencyPlan", Map.of("text", "Stay with carers", "actions", List.of()))))
                .put("/api/young-people/{id}/pathway-plan/draft", youngPerson).then().statusCode(200);
        as(team.managerToken()).body(Map.of("oversightNote", "Agreed")).post("/api/young-people/{id}/pathway-plan/sign-off", youngPerson)
                .then().statusCode(200);
        as(team.workerToken()).body(Map.of("reason", "Wants a home of their own")).post("/api/young-people/{id}/house-project", youngPerson)
                .then().statusCode(201);
        String risk = as(team.workerToken()).body(Map.of("kind", "MISSING", "whatWasSeen", "Not at the flat", "seenOn", today.toString()))
                .post("/api/young-people/{id}/risks", youngPerson).then().statusCode(201).extract().path("id");
        String escalation = overdue(team, task, today);
        String notification = as(team.workerToken()).get("/api/notifications").then().statusCode(200).extract().path("items[0].id");
        as(Tokens.bearer(admin)).post("/api/staff/{id}/disabling", disabledAdmin.id()).then().statusCode(200);

        Map<Caller, String> tokens = new EnumMap<>(Caller.class);
        tokens.put(Caller.CASELOAD_WORKER, team.workerToken());
        tokens.put(Caller.TEAM_WORKER, team.adviserToken());
        tokens.put(Caller.OTHER_TEAM_WORKER, other.workerToken());
        tokens.put(Caller.TEAM_MANAGER, team.managerToken());
        tokens.put(Caller.OTHER_MANAGER, other.managerToken());
        tokens.put(Caller.SERVICE_MANAGER, Tokens.bearer(seniors.serviceManager()));
        tokens.put(Caller.ALLOCATED_IRO, team.iroToken());
        tokens.put(Caller.UNALLOCATED_IRO, Tokens.bearer(unallocatedIro));
        tokens.put(Caller.ADMIN, Tokens.bearer(admin));
        Map<String, String> refused = Map.of(
                "someone not staff whose token says admin", Tokens.bearer("stranger." + UUID.randomUUID(), "admin"),
                "a disabled administrator", Tokens.bearer(disabledAdmin));
        Map<String, String> ids = Map.of("young-people", youngPerson.toString(), "staff", team.worker().id().toString(),
                "teams", team.id().toString(), "disputes", dispute, "escalations", escalation, "notifications", notification);
        String allocation = as(team.managerToken()).get("/api/young-people/{id}/allocations", youngPerson).then().statusCode(200)
                .extract().path("find { it.kind == 'SOCIAL_WORKER' }.id");
        Map<String, String> parameters = Map.ofEntries(Map.entry("taskId", task), Map.entry("teamId", team.id().toString()),
                Map.entry("cohortId", cohort), Map.entry("sessionId", session),
                Map.entry("key", "LeavingCareTransitionProcess"), Map.entry("version", "1"),
                Map.entry("allocationId", allocation), Map.entry("filterId", UUID.randomUUID().toString()),
                Map.entry("jobId", "no-such-job"), Map.entry("figure", "plans-16-17"), Map.entry("riskId", risk));
        // a valid body for the everyday changes to a young person's record, so that who may make them shows; others get {}
        Map<String, String> bodies = Map.ofEntries(
                Map.entry("POST /api/young-people/{id}/contacts", "{\"contactOn\": \"" + today + "\", \"kind\": \"VISIT\"}"),
                Map.entry("POST /api/young-people/{id}/oversight", "{\"decision\": \"Keep to the plan\"}"),
                Map.entry("POST /api/young-people/{id}/homelessness-referrals", "{\"reason\": \"HOMELESS\", \"identifiedOn\": \"" + today + "\"}"),
                Map.entry("POST /api/young-people/{id}/keeping-in-touch/decision", "{\"decidedOn\": \"" + today + "\", \"reasons\": \"Tried all\"}"),
                Map.entry("POST /api/young-people/{id}/pathway-reviews", "{\"reason\": \"REQUEST_BY_ADVISER\"}"),
                Map.entry("POST /api/tasks/{taskId}/comments", "{\"message\": \"Seen\"}"),
                Map.entry("POST /api/young-people/{id}/risks", "{\"kind\": \"SELF_HARM\", \"whatWasSeen\": \"Cuts\", \"seenOn\": \"" + today + "\"}"),
                Map.entry("POST /api/young-people/{id}/risks/{riskId}/decision", "{\"active\": false, \"rationale\": \"Found safe\"}"),
                Map.entry("POST /api/young-people/{id}/risks/{riskId}/review", "{\"stillActive\": false, \"rationale\": \"Safe\"}"));
        return new World(tokens, refused, ids, parameters, leaver.id().toString(), bodies);
    }

    /** The task made overdue (due tomorrow, and now the working day after): the escalation to the team manager. */
    private String overdue(TeamFixture team, String task, LocalDate today) {
        LocalDate due = calendar.plusWorkingDays(today, 1);
        as(team.managerToken()).body(Map.of("due", due.toString(), "reason", "Access matrix")).put("/api/tasks/{id}/due-date", task)
                .then().statusCode(200);
        try {
            clock.travelTo(calendar.plusWorkingDays(due, 1));
            return as(team.managerToken()).queryParam("taskId", task).queryParam("state", "any").get("/api/escalations")
                    .then().statusCode(200).extract().path("items[0].id");
        } finally {
            clock.reset();
        }
    }

    private static io.restassured.specification.RequestSpecification as(String token) {
        return given().header("Authorization", token).contentType(ContentType.JSON);
    }

    /**
     * The callers' tokens, the two who are always refused, and the records the path parameters point at: {@code {id}} by the
     * collection it follows ({@code /api/young-people/{id}}), the others by name; a leaver to disable and enable again.
     */
    record World(Map<Caller, String> tokens, Map<String, String> refused, Map<String, String> ids, Map<String, String> parameters,
                 String leaver, Map<String, String> bodies) {

        /** Callers without a caseload first, so that what an allowed caller changes comes last. */
        static final List<Caller> ORDER = List.of(Caller.OTHER_TEAM_WORKER, Caller.TEAM_WORKER, Caller.OTHER_MANAGER,
                Caller.UNALLOCATED_IRO, Caller.ALLOCATED_IRO, Caller.SERVICE_MANAGER, Caller.CASELOAD_WORKER, Caller.TEAM_MANAGER,
                Caller.ADMIN);

        String resolve(String path) {
            Matcher parameter = PARAMETER.matcher(path);
            StringBuilder resolved = new StringBuilder();
            while (parameter.find()) {
                String[] before = path.substring(0, parameter.start()).split("/");
                String value = parameter.group(1).equals("id")
                        ? path.endsWith("/disabling") || path.endsWith("/enabling") ? leaver : ids.get(before[before.length - 1])
                        : parameters.get(parameter.group(1));
                assertThat(value).as("the record for %s in %s", parameter.group(), path).isNotNull();
                parameter.appendReplacement(resolved, value);
            }
            parameter.appendTail(resolved);
            return resolved.toString();
        }
    }
}
