package app.waypoint.testsupport;

import static io.restassured.RestAssured.given;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import io.restassured.http.ContentType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** Work on a young person's case through the API, for the tests of features that show it (processes, chronology). */
@ApplicationScoped
public class Casework {

    private final PeopleFixtures people;
    private final TestClock clock;
    private final WorkingCalendar calendar;

    Casework(PeopleFixtures people, TestClock clock, WorkingCalendar calendar) {
        this.people = people;
        this.clock = clock;
        this.calendar = calendar;
    }

    /**
     * A new team and a care leaver of 19 of theirs who asked today for a pathway review: it is open at its first step, scheduling,
     * which is the social worker's and due 10 working days before the review's due date (28 working days away).
     */
    public ReviewRequested careLeaverAwaitingReview() {
        TeamFixture team = people.team();
        UUID youngPersonId = people.careLeaver(team, clock.today(), 19);
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON).body(Map.of("reason", "REQUEST_BY_YOUNG_PERSON"))
                .post("/api/young-people/{id}/pathway-reviews", youngPersonId).then().statusCode(201);
        return new ReviewRequested(team, youngPersonId, calendar.minusWorkingDays(calendar.plusWorkingDays(clock.today(), 28), 10));
    }

    /** Completes the scheduling step as the holder of {@code token}: no council accommodation, the review in 15 working days. */
    public void completeScheduling(ReviewRequested review, String token) {
        String taskId = given().header("Authorization", review.team().managerToken()).queryParam("youngPersonId", review.youngPersonId())
                .get("/api/tasks").then().statusCode(200).extract().jsonPath().getString("items.find { it.stepId == 'Task_ScheduleReview' }.id");
        given().header("Authorization", token).contentType(ContentType.JSON)
                .body(Map.of("values", Map.of("councilProvidesAccommodation", false,
                        "reviewDate", calendar.plusWorkingDays(clock.today(), 15).toString())))
                .post("/api/tasks/{id}/completion", taskId).then().statusCode(204);
    }

    /**
     * As {@link #careLeaverAwaitingReview()}, with the clock moved on to one working day after scheduling was due: the step is
     * overdue and escalated. The clock is left moved on; the caller's test resets it.
     */
    public ReviewRequested careLeaverWithReviewSchedulingLate() {
        ReviewRequested review = careLeaverAwaitingReview();
        clock.travelTo(calendar.plusWorkingDays(review.schedulingDue(), 1));
        return review;
    }

    /**
     * A care leaver whose review scheduling is one working day late (so escalated), with a dispute about drift and delay raised
     * today by their IRO: something on every main page. The clock is left moved on; the caller's test resets it.
     */
    public DisputedReview escalatedReviewWithDispute() {
        ReviewRequested review = careLeaverWithReviewSchedulingLate();
        String disputeId = given().header("Authorization", review.team().iroToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonId", review.youngPersonId().toString(), "issueType", "DRIFT_AND_DELAY", "detail", "No plan for a year",
                        "informalResolutionBy", clock.today().plusDays(7).toString()))
                .post("/api/disputes").then().statusCode(201).extract().path("id");
        return new DisputedReview(review.team(), review.youngPersonId(), disputeId);
    }

    /** A young person of a team, with a pathway review requested on the day it was made, and the day its scheduling step is due. */
    public record ReviewRequested(TeamFixture team, UUID youngPersonId, LocalDate schedulingDue) {
    }

    /** A young person of a team, with an overdue review and a dispute raised by their IRO. */
    public record DisputedReview(TeamFixture team, UUID youngPersonId, String disputeId) {
    }
}
