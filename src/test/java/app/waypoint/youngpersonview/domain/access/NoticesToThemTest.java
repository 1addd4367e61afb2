package app.waypoint.youngpersonview.domain.access;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.testsupport.Casework.ReviewRequested;
import app.waypoint.testsupport.Casework;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.youngpersonview.domain.senders.LoggingMessenger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Notices to a young person with access to their own Waypoint (issue 18), through the mock sender: a short line and the link to
 * /me when their review is booked, their plan is signed off or they get a new PA; nothing when they are not invited or their
 * access was revoked; never their name or anything of their record.
 */
@QuarkusTest
class NoticesToThemTest {

    private static final String LINK = "See it on your Waypoint: http://localhost:8080/me";

    @Inject
    PeopleFixtures people;
    @Inject
    Casework casework;
    @Inject
    TestClock clock;
    @Inject
    WorkingCalendar calendar;
    @Inject
    YoungPersonAccessService access;
    @Inject
    AllocationService allocations;
    @Inject
    @Identifier("log")
    LoggingMessenger sender;

    @Test
    void shouldSayOnlyALineAndTheLinkWhenWritingANotice() {
        String message = NoticeAbout.PLAN_SIGNED_OFF.message("https://waypoint.example.gov.uk/");

        assertThat(message).isEqualTo("Your plan has been agreed. See it on your Waypoint: https://waypoint.example.gov.uk/me");
    }

    @Test
    void shouldTellThemWithOnlyALineAndTheLinkWhenTheirPlanIsSignedOff() {
        // given an invited care leaver
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, clock.today(), 19);
        String email = invite(careLeaver, team);

        // when their plan is signed off
        signOffPlan(team, careLeaver);

        // then they get one notice: a line and the link, nothing about them or their plan
        assertThat(sender.noticesFor(email)).containsExactly("Your plan has been agreed. " + LINK);
    }

    @Test
    void shouldNotTellThemWhenTheyAreNotInvitedOrTheirAccessWasRevoked() {
        // given a care leaver whose access a manager revoked, and one never invited
        TeamFixture team = people.team();
        UUID revoked = people.careLeaver(team, clock.today(), 19);
        String email = invite(revoked, team);
        access.revoke(revoked, team.managerCaller());
        UUID neverInvited = people.careLeaver(team, clock.today(), 20);

        // when both plans are signed off
        signOffPlan(team, revoked);
        signOffPlan(team, neverInvited);

        // then no notice goes to the old contact
        assertThat(sender.noticesFor(email)).isEmpty();
    }

    @Test
    void shouldTellThemWhenTheyGetANewPersonalAdviser() {
        // given an invited care leaver with a personal adviser
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaverWithAdviser(team, clock.today(), 19);
        String email = invite(careLeaver, team);

        // when a manager allocates a new personal adviser, and then a new social worker
        StaffResponse newAdviser = people.member(team, StaffRole.WORKER);
        allocations.allocate(careLeaver, AllocationKind.PERSONAL_ADVISER, newAdviser.username(), team.manager().username());
        allocations.allocate(careLeaver, AllocationKind.SOCIAL_WORKER, people.member(team, StaffRole.WORKER).username(),
                team.manager().username());

        // then they are told once, about their PA only
        assertThat(sender.noticesFor(email)).containsExactly("You have a new personal adviser (PA). " + LINK);
    }

    @Test
    void shouldTellThemOnceWhenTheirReviewIsBookedEvenWithAVisitBeforeIt() {
        // given an invited care leaver whose review has started
        ReviewRequested review = casework.careLeaverAwaitingReview();
        String email = invite(review.youngPersonId(), review.team());
        assertThat(sender.noticesFor(email)).isEmpty();

        // when their worker books it, with a visit before it (the council provides their home), and then makes the visit
        LocalDate reviewDate = calendar.plusWorkingDays(clock.today(), 15);
        complete(review, "Task_ScheduleReview", Map.of("councilProvidesAccommodation", true, "reviewDate", reviewDate.toString()));
        complete(review, "Task_VisitBeforeReview", Map.of("visitedOn", clock.today().toString()));

        // then they were told once that their review has a date
        assertThat(sender.noticesFor(email)).containsExactly("Your review has a date now. " + LINK);
    }

    private String invite(UUID youngPerson, TeamFixture team) {
        String email = "notice." + UUID.randomUUID() + "@example.org";
        access.invite(youngPerson, email, team.workerCaller());
        return email;
    }

    private void complete(ReviewRequested review, String step, Map<String, Object> values) {
        String taskId = given().header("Authorization", review.team().managerToken()).queryParam("youngPersonId", review.youngPersonId())
                .get("/api/tasks").then().statusCode(200).extract().jsonPath().getString("items.find { it.stepId == '" + step + "' }.id");
        given().header("Authorization", review.team().workerToken()).contentType(ContentType.JSON).body(Map.of("values", values))
                .post("/api/tasks/{id}/completion", taskId).then().statusCode(204);
    }

    private void signOffPlan(TeamFixture team, UUID youngPerson) {
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonViews", "Her own words", "headings", Map.of("health", Map.of("text", "Staff wording",
                        "actions", List.of(Map.of("description", "See the dentist", "owner", team.worker().username(),
                                "dueDate", clock.today().plusDays(20).toString()))), "contingencyPlan", Map.of("text", "Call the duty team"))))
                .put("/api/young-people/{id}/pathway-plan/draft", youngPerson).then().statusCode(200);
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("oversightNote", "Agreed"))
                .post("/api/young-people/{id}/pathway-plan/sign-off", youngPerson).then().statusCode(200);
    }
}
