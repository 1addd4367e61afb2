package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.StatementCounts;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The young person's page: key facts, allocations, the running processes drawn at their step, the chronology; and who may see it. */
@QuarkusTest
class YoungPersonPageTest {

    /**
     * The page takes 62 here: its ten or so sections each read their own data. It took 116 while each section's service asked
     * the database again whether the caller may see the young person (two statements each; the benchmark counted 154 on a
     * larger record; {@code VisibilityDecisions} now keeps the answer for the request), and 64 while the file read the name of
     * the member of staff behind each contact row again.
     */
    private static final int MAX_PAGE_STATEMENTS = 70;
    private static final Pattern DIAGRAM = Pattern.compile("data-diagram-url=\"([^\"]+)\" data-current-steps=\"([^\"]*)\"");

    @Inject
    Casework casework;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private ReviewRequested review;
    private TeamFixture team;
    private UUID youngPerson;

    @BeforeEach
    void careLeaverAwaitingReview() {
        review = casework.careLeaverAwaitingReview();
        team = review.team();
        youngPerson = review.youngPersonId();
    }

    @Test
    void shouldShowKeyFactsChronologyAndTheReviewDrawnAtItsStepWhenTheSocialWorkerOpensThePage() {
        // given the review requested, and its first step done: the review now waits at its next step
        Map<String, String> session = PageSessions.signIn(team.worker().username());
        casework.completeScheduling(review, team.workerToken());

        // when the social worker opens the young person's page
        String page = given().cookies(session).get("/young-people/{id}", youngPerson)
                .then().statusCode(200).contentType(startsWith("text/html")).extract().asString();

        // then it shows the key facts and who is allocated
        assertThat(page).contains("Key facts").contains("21st birthday").contains("Social worker").contains(team.worker().displayName())
                .contains("IRO").contains(team.iro().displayName());
        // the chronology, with the step completed and who did it
        assertThat(page).contains("Schedule review and invite completed").contains("Step completed · " + team.worker().displayName());
        // and the review, drawn with the step it is at highlighted, the step named in words too
        assertThat(page).contains("Pathway review").contains("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js")
                .contains("/js/process-diagram.js");
        Matcher diagram = DIAGRAM.matcher(page);
        assertThat(diagram.find()).as("a diagram element").isTrue();
        assertThat(diagram.group(1)).startsWith("/young-people/" + youngPerson + "/processes/").endsWith("/diagram");
        String currentStep = given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/processes", youngPerson)
                .then().statusCode(200).extract().path("[0].currentSteps[0].id");
        assertThat(currentStep).isNotEqualTo("Task_ScheduleReview");
        assertThat(diagram.group(2)).isEqualTo(currentStep);
        assertThat(page).contains("aria-label=\"Pathway review diagram, at: ");
    }

    @Test
    void shouldOpenThePageInAFewDozenStatementsWhicheverSectionsItShows() {
        // given a care leaver with a review under way, contacts recorded by their worker, and the worker signed in
        Map<String, String> session = PageSessions.signIn(team.worker().username());
        for (int i = 1; i <= 3; i++) {
            given().header("Authorization", team.workerToken()).contentType("application/json")
                    .body(Map.of("contactOn", clock.today().minusDays(i).toString(), "kind", "VISIT", "outcome", "MADE", "note", "Visit " + i))
                    .post("/api/young-people/{id}/contacts", youngPerson).then().statusCode(201);
        }

        // when the social worker opens the young person's page
        Response page = given().cookies(session).get("/young-people/{id}", youngPerson);

        // then the whole page (file, key facts, processes, chronology, audit) takes few statements: each section's visibility
        // check is asked once, and the names of those who recorded its rows are read together
        page.then().statusCode(200);
        int statements = Integer.parseInt(page.getHeader(StatementCounts.HEADER));
        System.out.printf("SQL statements for a young person's page: %d%n", statements);
        assertThat(statements).isLessThanOrEqualTo(MAX_PAGE_STATEMENTS);
    }

    @Test
    void shouldAnswerEveryoneWhenTwiceAsManyOpenThePageAtOnceAsTheDatabaseHasConnections() throws Exception {
        // given the social worker signed in, and 16 requests for the page at once: twice the pool's 8 connections
        Map<String, String> session = PageSessions.signIn(team.worker().username());
        ExecutorService browsers = Executors.newFixedThreadPool(16);
        try {
            // when they all open it at the same moment
            CountDownLatch ready = new CountDownLatch(16);
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                answers.add(browsers.submit(() -> {
                    ready.countDown();
                    ready.await();
                    return given().cookies(session).get("/young-people/{id}", youngPerson).statusCode();
                }));
            }

            // then each is answered with the page: no request holds one connection while it waits for a second
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(200);
            }
        } finally {
            browsers.shutdownNow();
        }
    }

    @Test
    void shouldServeTheDiagramXmlOfTheRunningProcessToWhoeverMaySeeTheYoungPerson() {
        // given the review's diagram address on the page
        Map<String, String> session = PageSessions.signIn(team.worker().username());
        String page = given().cookies(session).get("/young-people/{id}", youngPerson).then().statusCode(200).extract().asString();
        Matcher diagram = DIAGRAM.matcher(page);
        assertThat(diagram.find()).isTrue();
        String diagramUrl = diagram.group(1);

        // when the page's script fetches it with the session, then it is the model with the current step laid out
        String xml = given().cookies(session).get(diagramUrl).then().statusCode(200).contentType(startsWith("application/xml"))
                .extract().asString();
        assertThat(xml).contains("<bpmn:process id=\"PathwayReviewProcess\"").contains("bpmnElement=\"" + diagram.group(2) + "\"");

        // a worker of another team gets 404, and so does an unknown process of this young person
        Map<String, String> stranger = PageSessions.signIn(people.team().worker().username());
        given().cookies(stranger).get(diagramUrl).then().statusCode(404);
        given().cookies(session).get("/young-people/{id}/processes/{process}/diagram", youngPerson, "no-such-process").then().statusCode(404);
        // and without a session it is the sign-in page, not the XML
        given().redirects().follow(false).get(diagramUrl).then().statusCode(302);
    }

    @Test
    void shouldAnswerThePageNotFoundWhenAWorkerOfAnotherTeamOpensTheYoungPersonByUrl() {
        // given a worker of another team
        Map<String, String> stranger = PageSessions.signIn(people.team().worker().username());

        // when they open the young person's page by its address, then it is as if there were none
        given().cookies(stranger).get("/young-people/{id}", youngPerson).then().statusCode(404)
                .contentType(startsWith("text/html")).body(containsString("Page not found"))
                .body(not(containsString("Pathway review")));
        // nor is a mistyped address anything but the same page
        given().cookies(stranger).get("/young-people/not-an-id").then().statusCode(404).body(containsString("Page not found"));
        // and the young person is not on their list, while the social worker's list links to them
        given().cookies(stranger).get("/young-people").then().statusCode(200).body(containsString("0 young people"));
        given().cookies(PageSessions.signIn(team.worker().username())).get("/young-people").then().statusCode(200)
                .body(containsString("href=\"/young-people/" + youngPerson + "\""));
    }

    @Test
    void shouldLinkTheYoungPersonFromTheirTaskRowAndTaskPage() {
        Map<String, String> session = PageSessions.signIn(team.worker().username());

        String tasks = given().cookies(session).get("/tasks").then().statusCode(200).extract().asString();
        Matcher task = Pattern.compile("href=\"(/tasks/[^\"]+)\"").matcher(tasks);
        assertThat(task.find()).isTrue();

        assertThat(tasks).contains("href=\"/young-people/" + youngPerson + "\"");
        given().cookies(session).get(task.group(1)).then().statusCode(200)
                .body(containsString("href=\"/young-people/" + youngPerson + "\""));
    }

    @Test
    void shouldShowActivityInTouchAndCohortFlagsInWordsWhenTheyAreRecorded() {
        // given the care leaver's worker records NEET, refused contact and the UASC flag with the immigration status
        String today = clock.today().toString();
        given().header("Authorization", team.workerToken()).contentType("application/json").header("If-Match", "*")
                .body(Map.of("code", "G5", "effectiveOn", today, "note", "Left college")).post("/api/young-people/{id}/activity", youngPerson)
                .then().statusCode(201);
        given().header("Authorization", team.workerToken()).contentType("application/json").header("If-Match", "*")
                .body(Map.of("code", "REFU", "effectiveOn", today, "note", "Does not want calls")).post("/api/young-people/{id}/in-touch", youngPerson)
                .then().statusCode(201);
        given().header("Authorization", team.workerToken()).contentType("application/json").header("If-Match", "*")
                .body(Map.of("flag", "UASC", "set", true, "effectiveOn", today, "detail", "Refugee status granted", "reason", "Arrived alone"))
                .post("/api/young-people/{id}/flags", youngPerson).then().statusCode(201);

        // when the worker opens the page
        String page = given().cookies(PageSessions.signIn(team.worker().username())).get("/young-people/{id}", youngPerson)
                .then().statusCode(200).extract().asString();

        // then the record today is in words, never as codes
        assertThat(page).contains("Not in education, employment or training (NEET): other circumstances").contains("Refuses contact")
                .contains("Unaccompanied asylum-seeking child").contains("Refugee status granted")
                .doesNotContain(">G5<").doesNotContain("REFU").doesNotContain("FORMER_RELEVANT").doesNotContain("LOOKED_AFTER");
    }
}
