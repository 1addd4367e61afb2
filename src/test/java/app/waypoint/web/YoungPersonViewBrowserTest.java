package app.waypoint.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.youngpersonview.domain.senders.LoggingMessenger;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

/**
 * The young person's whole journey on a phone 360 px wide, keyboard only where they type (issue 18): their worker invites
 * them, they sign in with the code the mock sender got, read their plan in plain words, answer the pre-review questions, say
 * an action is not done yet and ask for a review; their worker reads the answers, on the plan and in the review's agenda. Every page is axe-clean and no wider than the screen.
 */
@QuarkusTest
class YoungPersonViewBrowserTest {

    private static final int WIDTH = 360;

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    @Identifier("log")
    LoggingMessenger sender;

    @Test
    void shouldTakeAYoungPersonFromInvitationToTheirViewsReachingTheWorkerWhenOnAPhone() {
        // given a care leaver with a signed-off plan
        LocalDate today = clock.today();
        TeamFixture team = people.team();
        UUID careLeaver = people.careLeaver(team, today, 18);
        given().header("Authorization", team.workerToken()).contentType(ContentType.JSON)
                .body(Map.of("youngPersonViews", "I want my own flat", "headings", Map.of("accommodation", Map.of("text", "Staff wording",
                        "actions", List.of(Map.of("description", "Find a flat near your college", "owner", team.worker().username(),
                                "dueDate", today.plusDays(30).toString()))), "contingencyPlan", Map.of("text", "Back to her carers"))))
                .put("/api/young-people/{id}/pathway-plan/draft", careLeaver).then().statusCode(200);
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON).body(Map.of("oversightNote", "Agreed"))
                .post("/api/young-people/{id}/pathway-plan/sign-off", careLeaver).then().statusCode(200);
        String email = "phone." + UUID.randomUUID() + "@example.org";

        // when her worker invites her from her file
        try (Browser browser = Browser.open(app, "young-person-invite")) {
            browser.resize(WIDTH, 800);
            browser.signIn(team.worker().username());
            browser.visit("/young-people/" + careLeaver, "file");
            browser.find("#their-waypoint").click();
            browser.find("#contact").sendKeys(email);
            // the answer is a new page: read the status once it has replaced the form's
            browser.submitWith("#invite");
            assertThat(browser.text("#access-status")).contains(email);
            browser.assertAccessible("their Waypoint (staff)");
        }

        // and she signs in on her phone with the code sent to her, using the keyboard
        try (Browser browser = Browser.open(app, "young-person-view")) {
            browser.resize(WIDTH, 800);
            browser.visit("/me", "sign in");
            assertThat(browser.path()).isEqualTo("/me/sign-in");
            browser.assertAccessible("young person's sign-in");
            browser.find("#contact").sendKeys(email, Keys.ENTER);
            browser.awaitPath("/me/code");
            browser.assertAccessible("young person's code");
            browser.find("#code").sendKeys(sender.lastCodeFor(email).orElseThrow(), Keys.ENTER);

            // then she sees her plan in plain words, on a page no wider than her phone
            browser.awaitPath("/me");
            assertThat(browser.text("main")).contains("Find a flat near your college").contains("Your social worker")
                    .doesNotContain("Staff wording").doesNotContain("Agreed");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(WIDTH);
            browser.screenshot("her page");
            browser.assertAccessible("young person's page");

            // and she answers the pre-review questions
            browser.find("a[href='/me/views']").click();
            browser.assertAccessible("young person's views");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(WIDTH);
            browser.find("#answer0").sendKeys("I like my new college");
            browser.find("#answer2").sendKeys("I want to live nearer to my brother");
            browser.submitWith("main form button[type='submit']");
            assertThat(browser.text("main")).contains("Thank you").contains("I like my new college");

            // and she says the action in her plan is not done yet, with a comment
            browser.find("a[href^='/me/actions/']").click();
            assertThat(browser.text("main")).contains("Find a flat near your college");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(WIDTH);
            browser.assertAccessible("young person's action");
            browser.find("#done-no").click();
            browser.find("#comment").sendKeys("I have seen two flats");
            browser.find("#send-answer").click();
            assertThat(browser.text("#action-notice")).contains("We have told your worker");
            assertThat(browser.text("main")).contains("you said: not done yet");

            // and she asks for a review, saying why
            browser.find("#reason").sendKeys("I want to change my plan");
            browser.find("#ask-for-review").click();
            assertThat(browser.text("#review-notice")).contains("You have asked for a review");
            assertThat(browser.text("#review-asked")).contains("You asked for a review");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(WIDTH);
            browser.screenshot("review asked for");
            browser.assertAccessible("young person's page, review asked for");
        }

        // then her worker reads her answers, in her own words
        try (Browser browser = Browser.open(app, "young-person-views-read")) {
            browser.resize(WIDTH, 800);
            browser.signIn(team.worker().username());
            browser.visit("/young-people/" + careLeaver + "/waypoint", "their views");
            assertThat(browser.text("main")).contains("in their own words").contains("I want to live nearer to my brother");
            browser.assertAccessible("their views (staff)");
            // and in the plan's young person's views, beside the plan's own text
            browser.visit("/young-people/" + careLeaver + "/pathway-plan", "plan with their views");
            assertThat(browser.text("#young-person-views")).contains("(in their own words)").contains("I want to live nearer to my brother");
            // and her word on the action beside it
            assertThat(browser.text("#section-accommodation")).contains("said not done yet").contains("“I have seen two flats”");
            browser.assertAccessible("pathway plan with their views");
            // and, on the review she asked for, its agenda on the task where her worker books it has her answers
            String scheduling = given().header("Authorization", team.workerToken()).queryParam("youngPersonId", careLeaver)
                    .get("/api/tasks").then().statusCode(200).extract().jsonPath()
                    .getString("items.find { it.stepId == 'Task_ScheduleReview' }.id");
            browser.visit("/tasks/" + scheduling, "review task with its agenda");
            assertThat(browser.text("#review-agenda")).contains("Carried action").contains("Find a flat near your college")
                    .contains("In their own words (" + today + "): ").contains("“I want to live nearer to my brother”");
            assertThat(browser.pageWidth()).isLessThanOrEqualTo(WIDTH);
            browser.screenshot("review agenda");
            browser.assertAccessible("review task with the agenda");
        }
    }
}
