package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.SeniorManagers;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The escalations page (acknowledging late work) and the dispute pages (raising and following an IRO dispute). */
@QuarkusTest
class EscalationsPageTest {

    private static final Pattern ACKNOWLEDGE = Pattern.compile("action=\"/escalations/([^/\"]+)/acknowledgement\"");
    private static final String STEP = "Schedule review and invite";

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
    void shouldListTheEscalationAndRecordWhoAcknowledgedItWhenTheManagerAcknowledgesIt() {
        // given the scheduling step not done by the first working day after its due date: escalated to the team manager
        clock.travelTo(calendar.plusWorkingDays(review.schedulingDue(), 1));
        Map<String, String> manager = PageSessions.signIn(team.manager().username());

        // when the manager opens the escalations page
        String page = given().cookies(manager).get("/escalations").then().statusCode(200).extract().asString();

        // then the late step is waiting for acknowledgement, about the young person, with who was told
        assertThat(page).contains(STEP).contains("Team manager").contains("href=\"/young-people/" + youngPerson + "\"")
                .contains(team.manager().displayName()).contains(team.worker().displayName());
        Matcher button = ACKNOWLEDGE.matcher(page);
        assertThat(button.find()).as("an acknowledge button").isTrue();
        String escalation = button.group(1);

        // when they acknowledge it (the form's CSRF token is needed)
        given().cookies(manager).redirects().follow(false).post("/escalations/{id}/acknowledgement", escalation).then().statusCode(403);
        String location = given().cookies(manager).redirects().follow(false).formParam("csrf-token", PageSessions.token(page))
                .post("/escalations/{id}/acknowledgement", escalation)
                .then().statusCode(303).extract().header("Location");

        // then they are back on the list with a confirmation, the button gone and who acknowledged it shown
        String after = given().cookies(manager).get(location).then().statusCode(200).extract().asString();
        assertThat(after).contains("You acknowledged the escalation of “" + STEP + "”")
                .contains("Acknowledged by " + team.manager().displayName())
                .doesNotContain("/escalations/" + escalation + "/acknowledgement");
        given().header("Authorization", team.managerToken()).get("/api/escalations/{id}", escalation).then().statusCode(200)
                .body("acknowledgedBy", org.hamcrest.Matchers.equalTo(team.manager().username()));

        // the social worker, who was told too, sees it acknowledged; a worker of another team sees nothing of it
        given().cookies(PageSessions.signIn(team.worker().username())).get("/escalations").then().statusCode(200)
                .body(containsString("Acknowledged by " + team.manager().displayName()));
        given().cookies(PageSessions.signIn(people.team().worker().username())).get("/escalations").then().statusCode(200)
                .body(not(containsString(STEP)));
    }

    @Test
    void shouldRaiseADisputeFromThePageAndLetTheIroJudgeTheResponse() {
        // given the young person's IRO on the raise form, opened from the young person's page
        Map<String, String> iro = PageSessions.signIn(team.iro().username());
        given().cookies(iro).get("/young-people/{id}", youngPerson).then().statusCode(200)
                .body(containsString("/disputes/new?youngPerson=" + youngPerson));
        String form = given().cookies(iro).get("/disputes/new?youngPerson={id}", youngPerson).then().statusCode(200).extract().asString();
        assertThat(form).contains("value=\"" + youngPerson + "\" selected");
        String token = PageSessions.token(form);

        // when they submit it without the detail, then the form says what is missing, next to the field, and nothing is raised
        given().cookies(iro).formParam("csrf-token", token).formParam("youngPersonId", youngPerson.toString())
                .formParam("issueType", "DRIFT_AND_DELAY").params(day("informalResolutionBy", clock.today().plusDays(7)))
                .post("/disputes").then().statusCode(422).body(containsString("Enter what the council has failed to do"));
        assertThat(disputes().getInt("total")).isZero();

        // when they submit it complete
        String location = given().cookies(iro).redirects().follow(false).formParam("csrf-token", token)
                .formParam("youngPersonId", youngPerson.toString()).formParam("issueType", "DRIFT_AND_DELAY")
                .formParam("detail", "The plan has drifted for three months")
                .params(day("informalResolutionBy", clock.today().plusDays(7)))
                .post("/disputes").then().statusCode(303).extract().header("Location");

        // then the dispute is in the dispute API, raised by the IRO, and its page shows where it stands
        JsonPath raised = disputes();
        assertThat(raised.getInt("total")).isEqualTo(1);
        assertThat(raised.getString("items[0].raisedBy")).isEqualTo(team.iro().username());
        assertThat(raised.getString("items[0].issueType")).isEqualTo("DRIFT_AND_DELAY");
        assertThat(raised.getString("items[0].status")).isEqualTo("OPEN");
        String id = raised.getString("items[0].id");
        assertThat(location).contains("/disputes/" + id);
        given().cookies(iro).get(location).then().statusCode(200).body(containsString("You raised the dispute"))
                .body(containsString("Informal")).body(containsString("An informal response from the team&#39;s managers"))
                .body(not(containsString("Record judgement")));

        // when the team manager responds on the page (an empty response is refused, the service saying which field), the IRO is
        // offered the judgement and records it
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        String managerPage = given().cookies(manager).get("/disputes/{id}", id).then().statusCode(200).extract().asString();
        given().cookies(manager).formParam("csrf-token", PageSessions.token(managerPage)).formParam("response", " ")
                .post("/disputes/{id}/response", id).then().statusCode(422).body(containsString("Enter your response"));
        given().cookies(manager).redirects().follow(false).formParam("csrf-token", PageSessions.token(managerPage))
                .formParam("response", "A review date is now set").post("/disputes/{id}/response", id).then().statusCode(303);
        String judging = given().cookies(iro).get("/disputes/{id}", id).then().statusCode(200)
                .body(containsString("The IRO&#39;s judgement of the response")).body(containsString("Record judgement"))
                .extract().asString();
        given().cookies(iro).redirects().follow(false).formParam("csrf-token", PageSessions.token(judging)).formParam("satisfied", "true")
                .formParam("note", "Review date confirmed").post("/disputes/{id}/judgement", id)
                .then().statusCode(303).header("Location", containsString("done=judged"));

        // then the dispute is resolved, with the steps on its history
        given().header("Authorization", team.iroToken()).get("/api/disputes/{id}", id).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("RESOLVED"));
        given().cookies(iro).get("/disputes/{id}", id).then().statusCode(200).body(containsString("Resolved"))
                .body(containsString("A review date is now set")).body(containsString("Satisfied: Review date confirmed"));
    }

    @Test
    void shouldOfferRespondOnlyToTheCurrentRespondentWhenAManagerOutsideTheTeamOpensTheDispute() {
        // given a dispute the IRO took to the service manager, who answered, and then, not satisfied, to the head of service
        SeniorManagers seniors = people.seniorManagersOf(team);
        String serviceManager = Tokens.bearer(seniors.serviceManager().username(), "manager");
        String id = given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonId", youngPerson.toString(), "issueType", "DRIFT_AND_DELAY", "detail", "No plan for a year",
                        "informalResolutionBy", clock.today().plusDays(7).toString()))
                .post("/api/disputes").then().statusCode(201).extract().path("id");
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON)
                .body(Map.of("stage", "SERVICE_MANAGER", "reason", "The team manager is the subject")).post("/api/disputes/{id}/stage", id)
                .then().statusCode(200);
        given().header("Authorization", serviceManager).contentType(ContentType.JSON).body(Map.of("response", "Plan by Friday"))
                .post("/api/disputes/{id}/responses", id).then().statusCode(200);
        given().header("Authorization", team.iroToken()).contentType(ContentType.JSON).body(Map.of("satisfied", false))
                .post("/api/disputes/{id}/judgements", id).then().statusCode(200).body("stage", org.hamcrest.Matchers.equalTo("HEAD_OF_SERVICE"));

        // when the service manager, no longer the respondent and of no team of the young person's, opens its page
        Map<String, String> former = PageSessions.signIn(seniors.serviceManager().username());
        String page = given().cookies(former).get("/disputes/{id}", id).then().statusCode(200).extract().asString();

        // then they follow it but are not offered a response, and one posted anyway is refused
        assertThat(page).contains("Plan by Friday").doesNotContain("respond-title");
        given().cookies(former).redirects().follow(false).formParam("csrf-token", PageSessions.token(page))
                .formParam("response", "Plan by Monday").post("/disputes/{id}/response", id).then().statusCode(403);
        // while the head of service, the respondent now, is offered it, and a manager of another team does not see the dispute
        given().cookies(PageSessions.signIn(seniors.headOfService().username())).get("/disputes/{id}", id).then().statusCode(200)
                .body(containsString("respond-title"));
        given().cookies(PageSessions.signIn(people.team().manager().username())).get("/disputes/{id}", id).then().statusCode(404);
    }

    @Test
    void shouldRefuseTheRaiseFormToSomeoneWhoIsNotAnIroAndHideOtherTeamsDisputes() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        given().cookies(worker).get("/disputes/new").then().statusCode(403);
        given().cookies(worker).redirects().follow(false).get("/escalations").then().statusCode(200)
                .body(not(containsString("/disputes/new")));
        given().redirects().follow(false).get("/escalations").then().statusCode(302).header("Location", endsWith("/sign-in"));
    }

    private static Map<String, String> day(String name, LocalDate day) {
        return Map.of(name + "-day", Integer.toString(day.getDayOfMonth()), name + "-month", Integer.toString(day.getMonthValue()),
                name + "-year", Integer.toString(day.getYear()));
    }

    private JsonPath disputes() {
        return given().header("Authorization", team.iroToken()).queryParam("youngPersonId", youngPerson).get("/api/disputes")
                .then().statusCode(200).extract().jsonPath();
    }
}
