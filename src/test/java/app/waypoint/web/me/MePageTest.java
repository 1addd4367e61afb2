package app.waypoint.web.me;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.MyWaypointSessions;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.Readability;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import app.waypoint.web.PageSessions;
import app.waypoint.youngpersonview.domain.senders.LoggingMessenger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The young person's own pages (issue 18): invited, signed in with a code, their page in plain words, their views to the worker, in
 * the review's agenda and the plan, and asking for a review. */
@QuarkusTest
class MePageTest {

    private static final String CSRF = "me-page-test-csrf";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    @Identifier("log")
    LoggingMessenger sender;
    @Inject
    MyWaypointSessions sessions;
    @Inject
    WorkingCalendar calendar;

    private TeamFixture team;
    private UUID careLeaver;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        today = clock.today();
        team = people.team();
        careLeaver = people.careLeaver(team, today, 19);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldShowTheirPlanInPlainWordsWithoutStaffNotesWhenInvitedAndSignedInWithTheCode() {
        // given a signed-off plan with an action, staff wording under its heading and a manager's oversight note
        signedOffPlan(careLeaver, "Apply for the bike repair course at college", "Worries about her mother's new partner");
        // and the worker invites her from her file
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(given().cookies(worker).get("/young-people/{id}", careLeaver).asString()).contains("id=\"their-waypoint\"");
        String email = "leah." + UUID.randomUUID() + "@Example.org";
        staffForm(worker).formParam("contact", email).post("/young-people/{id}/waypoint/invitation", careLeaver).then().statusCode(303);
        given().cookies(worker).get("/young-people/{id}/waypoint", careLeaver).then().statusCode(200)
                .body(containsString(email.toLowerCase()));

        // when she asks for a code, first types a wrong one, then the one sent
        Response asked = meForm(Map.of()).formParam("contact", email).post("/me/sign-in");
        asked.then().statusCode(303).header("Location", endsWith("/me/code"));
        String reference = asked.getCookie("waypoint-me-code");
        String code = sender.lastCodeFor(email).orElseThrow();
        meForm(Map.of("waypoint-me-code", reference)).formParam("code", "999999".equals(code) ? "000000" : "999999").post("/me/code")
                .then().statusCode(400).body(containsString("That code is not right"));
        Response signedIn = meForm(Map.of("waypoint-me-code", reference)).formParam("code", code).post("/me/code");
        signedIn.then().statusCode(303).header("Location", endsWith("/me"));
        String session = signedIn.getCookie(MyWaypointSessions.COOKIE);

        // then her page shows the action, whose it is and when, and her worker; never the staff wording or the oversight note
        String page = given().cookie(MyWaypointSessions.COOKIE, session).get("/me").then().statusCode(200).extract().asString();
        assertThat(page).contains("Apply for the bike repair course at college").contains("Your social worker, " + team.worker().displayName())
                .contains("Who helps you").contains("If you are not happy").contains("When you are 21")
                .doesNotContain("Worries about her mother").doesNotContain("Oversight for managers only");
        // and the code does not work a second time
        meForm(Map.of("waypoint-me-code", reference)).formParam("code", code).post("/me/code")
                .then().statusCode(303).header("Location", endsWith("/me/sign-in?spent=true"));
    }

    @Test
    void shouldTellThemTheDayOfTheirNextVisitWhenTheirWorkerHasBookedIt() {
        // given a young person signed in, whose worker books a home visit in a week from their file
        String session = sessions.signedIn(careLeaver, team.workerCaller());
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        LocalDate visitOn = today.plusDays(7);
        staffForm(worker).formParam("kind", "HOME").formParam("visitOn-day", String.valueOf(visitOn.getDayOfMonth()))
                .formParam("visitOn-month", String.valueOf(visitOn.getMonthValue())).formParam("visitOn-year", String.valueOf(visitOn.getYear()))
                .post("/young-people/{id}/visit", careLeaver).then().statusCode(303);

        // when they open their page, then it gives the day
        given().cookie(MyWaypointSessions.COOKIE, session).get("/me").then().statusCode(200)
                .body(containsString("Your worker will visit you on <strong>" + MeWords.day(visitOn) + "</strong>"));
    }

    @Test
    void shouldReadAtAboutAgeElevenWhenTheirPageIsRendered() {
        // given a young person with a plan, signed in
        signedOffPlan(careLeaver, "Meet your PA every two weeks", "Staff wording");
        String session = sessions.signedIn(careLeaver, team.workerCaller());

        // when their page is rendered
        String html = given().cookie(MyWaypointSessions.COOKIE, session).get("/me").then().statusCode(200).extract().asString();

        // then its words read easily: Flesch reading ease of at least 70, Flesch-Kincaid grade 6 or lower (a reading age of about 11)
        Readability readability = Readability.ofHtml(html.substring(html.indexOf("<main")));
        assertThat(readability.readingEase()).as("%s", readability).isGreaterThanOrEqualTo(70);
        assertThat(readability.grade()).as("%s", readability).isLessThanOrEqualTo(6.0);
    }

    @Test
    void shouldRefuseTheYoungPersonsSessionOnStaffPagesAndTheApiWhenTheyAreSignedInToTheirOwn() {
        String session = sessions.signedIn(careLeaver, team.workerCaller());

        for (String page : List.of("/tasks", "/young-people", "/young-people/" + careLeaver, "/young-people/" + careLeaver + "/waypoint",
                "/notifications", "/escalations", "/team")) {
            given().cookie(MyWaypointSessions.COOKIE, session).redirects().follow(false).get(page).then()
                    .statusCode(302).header("Location", endsWith("/sign-in"));
        }
        for (String api : List.of("/api/young-people/" + careLeaver, "/api/young-people/" + careLeaver + "/pathway-plan", "/api/tasks")) {
            given().cookie(MyWaypointSessions.COOKIE, session).get(api).then().statusCode(401);
        }
    }

    @Test
    void shouldShowOnlyTheirOwnRecordWhenAnotherYoungPersonIsAlsoSignedIn() {
        // given two young people of the team, each with a plan, each signed in
        UUID other = people.careLeaver(team, today, 20);
        signedOffPlan(careLeaver, "Her own action", "x");
        signedOffPlan(other, "The other young person's action", "y");
        String hers = sessions.signedIn(careLeaver, team.workerCaller());
        sessions.signedIn(other, team.workerCaller());

        // when she opens her page, then only her plan is there
        given().cookie(MyWaypointSessions.COOKIE, hers).get("/me").then().statusCode(200)
                .body(containsString("Her own action")).body(not(containsString("The other young person's action")));
    }

    @Test
    void shouldReachTheWorkerInTheirOwnWordsWhenTheyAnswerThePreReviewQuestions() {
        // given she is signed in
        String session = sessions.signedIn(careLeaver, team.workerCaller());
        Map<String, String> cookies = Map.of(MyWaypointSessions.COOKIE, session);
        given().cookies(cookies).get("/me/views").then().statusCode(200).body(containsString("What is going well for you?"));

        // when she answers two of the questions
        meForm(cookies).formParam("answer0", "I passed my driving theory test").formParam("answer2", "Moving nearer to my sister")
                .post("/me/views").then().statusCode(303).header("Location", endsWith("/me?thanks=true"));

        // then her worker is told (no content in the notice) and reads her answers, dated and in her own words
        given().header("Authorization", team.workerToken()).get("/api/notifications").then().statusCode(200)
                .body(containsString("A young person has shared their views before their review"))
                .body(not(containsString("driving theory")));
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        given().cookies(worker).get("/young-people/{id}/waypoint", careLeaver).then().statusCode(200)
                .body(containsString("in their own words")).body(containsString("I passed my driving theory test"))
                .body(containsString("Moving nearer to my sister"));
        // and her reads are in the audit trail as hers
        given().header("Authorization", Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", careLeaver).then()
                .statusCode(200).body(containsString("the young person"));
    }

    @Test
    void shouldPutTheirAnswersInTheReviewAgendaAndThePlanInTheirOwnWordsWhenTheyAnswerBeforeAReview() {
        // given she has a plan, is signed in and answers a question before her review
        signedOffPlan(careLeaver, "Meet your PA", "x");
        String session = sessions.signedIn(careLeaver, team.workerCaller());
        Map<String, String> cookies = Map.of(MyWaypointSessions.COOKIE, session);
        meForm(cookies).formParam("answer0", "I passed my driving theory test").post("/me/views").then().statusCode(303);

        // when a review starts (she asks for one)
        meForm(cookies).post("/me/review").then().statusCode(303);

        // then the review's agenda has her answer, dated and in her own words
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-reviews", careLeaver).then().statusCode(200)
                .body("[0].agenda.kind", hasItem("THEIR_WORDS"))
                .body("[0].agenda.title", hasItem("In their own words (" + today + "): What is going well for you? “I passed my driving theory test”"));
        // and the plan's young person's views show it beside the plan's own text, which is not changed
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        given().cookies(worker).get("/young-people/{id}/pathway-plan", careLeaver).then().statusCode(200)
                .body(containsString("I want my own flat"))
                .body(containsString("given on " + MeWords.day(today) + " (in their own words)"))
                .body(containsString("“I passed my driving theory test”"));
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-plan", careLeaver).then().statusCode(200)
                .body("youngPersonViews", is("I want my own flat"));
    }

    @Test
    void shouldKeepTheirWordsBesideTheActionAndTellTheWorkerWhenTheySayAnActionIsNotDoneYet() {
        // given she has a signed-off plan with an action, and is signed in
        signedOffPlan(careLeaver, "Apply for the bike repair course at college", "x");
        String actionId = actionIdOf(careLeaver);
        String session = sessions.signedIn(careLeaver, team.workerCaller());
        Map<String, String> cookies = Map.of(MyWaypointSessions.COOKIE, session);
        given().cookies(cookies).get("/me").then().statusCode(200).body(containsString("/me/actions/" + actionId));
        given().cookies(cookies).get("/me/actions/{id}", actionId).then().statusCode(200)
                .body(containsString("Apply for the bike repair course at college"));

        // when she sends no choice, then she is asked to choose, and nothing is kept
        meForm(cookies).formParam("comment", "x").post("/me/actions/{id}", actionId).then().statusCode(400)
                .body(containsString("Choose if this is done or not done yet."));
        // and when she says it is not done yet, with a comment
        meForm(cookies).formParam("done", "no").formParam("comment", "The college has not called me back")
                .post("/me/actions/{id}", actionId).then().statusCode(303).header("Location", endsWith("/me?told=true#plan"));

        // then her page shows what she said, dated
        given().cookies(cookies).get("/me?told=true").then().statusCode(200).body(containsString("We have told your worker"))
                .body(containsString("On " + MeWords.day(today) + " you said: not done yet."));
        // and her worker is told (a link, no content) and reads her words beside the action, while the plan's status stays open
        given().header("Authorization", team.workerToken()).get("/api/notifications").then().statusCode(200)
                .body(containsString("A young person has said whether a plan action was done"))
                .body(not(containsString("college has not called")));
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        given().cookies(worker).get("/young-people/{id}/pathway-plan", careLeaver).then().statusCode(200)
                .body(containsString("said not done yet on " + MeWords.day(today) + " (in their own words): “The college has not called me back”"));
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-plan", careLeaver).then().statusCode(200)
                .body("headings.educationAndTraining.actions[0].status", is("OPEN"));
    }

    @Test
    void shouldStartAReviewDueWithinTwentyEightWorkingDaysWhenTheyAskForOneAndSayWhenOneIsAlreadyOpen() {
        // given she is signed in, with no review open
        String session = sessions.signedIn(careLeaver, team.workerCaller());
        Map<String, String> cookies = Map.of(MyWaypointSessions.COOKIE, session);
        given().cookies(cookies).get("/me").then().statusCode(200).body(containsString("Ask for a review"));

        // when she asks for a review with a reason
        meForm(cookies).formParam("reason", "My flat is not safe").post("/me/review").then().statusCode(303)
                .header("Location", endsWith("/me?review=asked#next"));

        // then a review asked for by her starts, due within 28 working days, and her page says she asked for it
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-reviews", careLeaver).then().statusCode(200)
                .body("size()", is(1)).body("[0].open", is(true))
                .body("[0].dueOn", is(calendar.plusWorkingDays(today, 28).toString()))
                .body("[0].triggers[0].kind", is("REQUEST_BY_YOUNG_PERSON")).body("[0].triggers[0].note", is("My flat is not safe"));
        given().cookies(cookies).get("/me?review=asked").then().statusCode(200)
                .body(containsString("You have asked for a review"))
                .body(containsString("You asked for a review. We will hold it by <strong>" + MeWords.day(calendar.plusWorkingDays(today, 28))))
                .body(not(containsString("id=\"ask-for-review\"")));

        // and asking again while it is open starts no other review: she is told one is coming up
        meForm(cookies).post("/me/review").then().statusCode(303).header("Location", endsWith("/me?review=open#next"));
        given().cookies(cookies).get("/me?review=open").then().statusCode(200).body(containsString("You already have a review coming up"));
        given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-reviews", careLeaver).then()
                .body("size()", is(1)).body("[0].triggers.size()", is(1));
        // and what she did is in the audit trail as hers
        given().header("Authorization", Tokens.bearer(people.admin())).get("/api/audit/young-people/{id}", careLeaver).then()
                .statusCode(200).body(containsString("the young person"));
    }

    @Test
    void shouldEndHerSessionWhenAManagerRevokesHerAccessButNotLetAWorkerDoIt() {
        String session = sessions.signedIn(careLeaver, team.workerCaller());
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        Map<String, String> manager = PageSessions.signIn(team.manager().username());

        staffForm(worker).post("/young-people/{id}/waypoint/revocation", careLeaver).then().statusCode(403);
        staffForm(manager).post("/young-people/{id}/waypoint/revocation", careLeaver).then().statusCode(303);

        given().cookie(MyWaypointSessions.COOKIE, session).redirects().follow(false).get("/me").then().statusCode(303)
                .header("Location", endsWith("/me/sign-in"));
    }

    @Test
    void shouldRefuseACodeWhenItIsTypedTooLate() {
        // given an invited young person who asked for a code
        String email = "late." + UUID.randomUUID() + "@example.org";
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        staffForm(worker).formParam("contact", email).post("/young-people/{id}/waypoint/invitation", careLeaver).then().statusCode(303);
        String reference = meForm(Map.of()).formParam("contact", email).post("/me/sign-in").getCookie("waypoint-me-code");

        // when she types it the next day
        clock.travelTo(today.plusDays(1));
        meForm(Map.of("waypoint-me-code", reference)).formParam("code", sender.lastCodeFor(email).orElseThrow()).post("/me/code")
                .then().statusCode(303).header("Location", endsWith("/me/sign-in?spent=true"));
    }

    private void signedOffPlan(UUID youngPerson, String action, String headingText) {
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonViews", "I want my own flat", "headings", Map.of("educationAndTraining", Map.of("text", headingText,
                        "actions", List.of(Map.of("description", action, "owner", team.worker().username(),
                                "dueDate", today.plusDays(20).toString()))), "contingencyPlan", Map.of("text", "Stay with her aunt"))))
                .put("/api/young-people/{id}/pathway-plan/draft", youngPerson).then().statusCode(200);
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("oversightNote", "Oversight for managers only")).post("/api/young-people/{id}/pathway-plan/sign-off", youngPerson)
                .then().statusCode(200);
    }

    private String actionIdOf(UUID youngPerson) {
        return given().header("Authorization", team.workerToken()).get("/api/young-people/{id}/pathway-plan", youngPerson).then()
                .statusCode(200).extract().jsonPath().getString("headings.educationAndTraining.actions[0].id");
    }

    @Test
    void shouldOfferOnlyTheCodeWhenTheCouncilHasNoProviderForYoungPeople() {
        // given no OpenID Connect provider configured for young people (the default)

        // then the sign-in page offers no council account, and its address signs nobody in
        given().get("/me/sign-in").then().statusCode(200).body(not(containsString("/me/oidc/sign-in")))
                .body(containsString("Send me a code"));
        Response provider = given().redirects().follow(false).get("/me/oidc/sign-in");
        assertThat(provider.statusCode()).isBetween(400, 499);
        assertThat(provider.getCookie(MyWaypointSessions.COOKIE)).isNull();
    }

    private static RequestSpecification meForm(Map<String, String> cookies) {
        return given().cookies(cookies).cookie("csrf-token", CSRF).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", CSRF);
    }

    private static RequestSpecification staffForm(Map<String, String> session) {
        return given().cookies(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.get("csrf-token"));
    }
}
