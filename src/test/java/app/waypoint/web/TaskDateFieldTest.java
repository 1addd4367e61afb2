package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A step's date field on the task page is typed as day, month and year (GOV.UK), never the browser's own date input. */
@QuarkusTest
class TaskDateFieldTest {

    @Inject
    Casework casework;
    @Inject
    TestClock clock;

    @Test
    void shouldKeepWhatWasTypedAndSayItIsNotARealDateThenCompleteTheStepWithTheRealOne() {
        // given a worker's "Schedule review and invite" step, whose review date is a date field
        ReviewRequested review = casework.careLeaverAwaitingReview();
        Map<String, String> worker = PageSessions.signIn(review.team().worker().username());
        String taskId = given().header("Authorization", review.team().workerToken()).queryParam("youngPersonId", review.youngPersonId())
                .get("/api/tasks").then().statusCode(200).extract().jsonPath().getString("items[0].id");
        String page = given().cookies(worker).get("/tasks/{id}", taskId).then().statusCode(200).extract().asString();
        assertThat(page).contains("id=\"reviewDate-day\"").contains("id=\"reviewDate-month\"").contains("id=\"reviewDate-year\"")
                .doesNotContain("type=\"date\"");

        // when the worker types 31 February
        String refused = form(worker).formParam("councilProvidesAccommodation", "false").formParam("reviewDate-day", "31")
                .formParam("reviewDate-month", "2").formParam("reviewDate-year", "2027").post("/tasks/{id}/completion", taskId)
                .then().statusCode(400).extract().asString();

        // then the page says so beside the field and keeps the three boxes as typed
        assertThat(refused).contains("Enter a real date for “").contains("value=\"31\"").contains("value=\"2027\"");

        // when they type a real day, the step completes with it
        LocalDate reviewOn = clock.today().plusDays(10);
        form(worker).formParam("councilProvidesAccommodation", "false").formParam("reviewDate-day", String.valueOf(reviewOn.getDayOfMonth()))
                .formParam("reviewDate-month", String.valueOf(reviewOn.getMonthValue())).formParam("reviewDate-year", String.valueOf(reviewOn.getYear()))
                .post("/tasks/{id}/completion", taskId).then().statusCode(303).header("Location", containsString("/tasks?completed="));
    }

    private static RequestSpecification form(Map<String, String> session) {
        return given().cookies(session).redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", session.get("csrf-token"));
    }
}
