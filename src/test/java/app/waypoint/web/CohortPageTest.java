package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** House Project cohorts on the pages: a manager creates one from the staff the service accepts and opens its board. */
@QuarkusTest
class CohortPageTest {

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;

    private TeamFixture team;
    private LocalDate today;

    @BeforeEach
    void team() {
        team = people.team();
        today = clock.today();
    }

    @Test
    void shouldCreateACohortLedByTheChosenWorkerAndOpenItsBoardWhenTheManagerUsesTheForm() {
        // given the manager, with Cohorts in the navigation and the form offering the team's staff but not its IRO
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        String list = given().cookies(manager).get("/house-project/cohorts").then().statusCode(200).extract().asString();
        assertThat(list).contains("href=\"/house-project/cohorts\">Cohorts</a>").contains("id=\"new-cohort\"");
        String form = given().cookies(manager).get("/house-project/cohorts/new").then().statusCode(200).extract().asString();
        assertThat(form).contains("id=\"lead-" + team.worker().username() + "\"").contains("id=\"others-" + team.adviser().username() + "\"")
                .doesNotContain(team.iro().username()).doesNotContain("name=\"teamId\"");

        // when they create a cohort led by the worker with the adviser, starting next week
        String name = "Spring " + UUID.randomUUID().toString().substring(0, 8);
        Response created = form(manager).formParam("name", name).params(date("startsOn", today.plusWeeks(1)))
                .formParam("lead", team.worker().username()).formParam("others", team.adviser().username()).formParam("capacity", "8")
                .post("/house-project/cohorts");
        created.then().statusCode(303);

        // then its board names it, its staff, the lead first, and its places, with no members yet
        String board = given().cookies(manager).get(created.getHeader("Location")).then().statusCode(200).extract().asString();
        assertThat(board).contains("<h1>" + name + "</h1>")
                .contains(team.worker().displayName() + ", " + team.adviser().displayName())
                .contains("0 of 8 taken, 8 left").contains("No members yet");
        // and the list shows it with its lead
        assertThat(given().cookies(manager).get("/house-project/cohorts").then().statusCode(200).extract().asString())
                .contains(name).contains(DueWording.date(today.plusWeeks(1)));
    }

    @Test
    void shouldShowTheMessagesBesideTheFieldsWhenTheFormIsIncompleteOrNamesSomeoneNotOffered() {
        Map<String, String> manager = PageSessions.signIn(team.manager().username());
        form(manager).formParam("capacity", "none").post("/house-project/cohorts").then().statusCode(422)
                .body(containsString("<a href=\"#name\">Enter the cohort&#39;s name</a>"))
                .body(containsString("<a href=\"#startsOn\">Enter the day the cohort starts</a>"))
                .body(containsString("<a href=\"#lead\">Select who leads the cohort</a>"))
                .body(containsString("Enter the number of places as a whole number, like 10"));
        form(manager).formParam("name", "Summer").params(date("startsOn", today)).formParam("lead", team.iro().username())
                .post("/house-project/cohorts").then().statusCode(422).body(containsString("Select who leads the cohort"));
    }

    @Test
    void shouldNeitherOfferNorAcceptACohortFromAWorkerButShowThemTheList() {
        Map<String, String> worker = PageSessions.signIn(team.worker().username());
        assertThat(given().cookies(worker).get("/house-project/cohorts").then().statusCode(200).extract().asString())
                .doesNotContain("id=\"new-cohort\"");
        given().cookies(worker).get("/house-project/cohorts/new").then().statusCode(403);
        form(worker).formParam("name", "Summer").params(date("startsOn", today)).formParam("lead", team.worker().username())
                .post("/house-project/cohorts").then().statusCode(403);
    }

    private static RequestSpecification form(Map<String, String> session) {
        return given().cookies(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.get("csrf-token"));
    }

    private static Map<String, String> date(String name, LocalDate day) {
        return Map.of(name + "-day", Integer.toString(day.getDayOfMonth()), name + "-month", Integer.toString(day.getMonthValue()),
                name + "-year", Integer.toString(day.getYear()));
    }
}
