package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.testsupport.TransitionWork.PlanStep;
import app.waypoint.testsupport.TransitionWork;
import app.waypoint.web.PlanJourney.Action;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The pathway plan in a real browser: the worker writes it from the transition's "Write pathway plan" task and completes the
 * step, the manager signs it off, the worker prints the young person's copy and records it given, then starts the next version
 * and compares the two. Screenshots: target/screenshots/pathway-plan/.
 */
@QuarkusTest
class PathwayPlanBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    TransitionWork transitions;

    @Test
    void shouldProduceOneSignedOffPlanWithItsCopyGivenWhenTheWorkerWritesItFromTheTaskAndTheManagerSignsItOff() {
        // given a transition at "Write pathway plan"
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        PlanStep step = transitions.atWritePathwayPlan(team);

        try (Browser browser = Browser.open(app, "pathway-plan")) {
            PlanJourney journey = new PlanJourney(browser);

            // when the worker writes the plan with two actions from the task, and completes the step
            browser.signIn(team.worker().username());
            journey.workerWritesThePlanFromTheTask(step.taskId(), "Weekly visits from Sam, the personal adviser",
                    "If the placement ends, supported lodgings through the duty PA",
                    new Action("ACCOMMODATION", "Visit two supported lodgings", team.adviser().username(), today.plusDays(14)),
                    new Action("EDUCATION_AND_TRAINING", "Apply to college", team.worker().username(), today.plusDays(30)));

            // then the plan is a draft with both actions, and the step is no longer on their list
            browser.visit("/young-people/" + step.youngPersonId() + "/pathway-plan", "draft-plan");
            assertThat(browser.text("#plan-status")).contains("Draft").contains("Version 1");
            assertThat(browser.text("#section-accommodation")).contains("Visit two supported lodgings").contains(team.adviser().displayName());
            assertThat(browser.text("#section-educationAndTraining")).contains("Apply to college");
            assertThat(browser.all("#sign-off-plan")).isEmpty();
            browser.visit("/tasks", "tasks-after-plan");
            assertThat(browser.all("a[href='/tasks/" + step.taskId() + "']")).isEmpty();

            // when the manager signs it off with an oversight note
            browser.submitWith(".sign-out button");
            browser.signIn(team.manager().username());
            journey.managerSignsOffThePlan(step.youngPersonId(), "Realistic; check the college offer at the next review");

            // and the worker prints the young person's copy and records that it was given today
            browser.submitWith(".sign-out button");
            browser.signIn(team.worker().username());
            String copy = journey.printTheCopy(step.youngPersonId());
            assertThat(copy).contains("Your pathway plan").contains("If things do not go to plan").contains("Where you live")
                    .contains("Visit two supported lodgings").doesNotContain("Contingency plan");
            assertThat(browser.all("nav")).isEmpty();
            journey.recordTheCopyGiven(step.youngPersonId(), today);
            assertThat(browser.text("#copy-given")).contains("A copy was given").contains(DueWording.date(today));

            // when they start the next version with the accommodation changed, and compare the versions
            journey.workerStartsTheNextVersion(step.youngPersonId(), " Moving to a council flat in May.");
            assertThat(journey.compareVersions(step.youngPersonId())).containsExactly("left-accommodation");

            // then the plan page works on a phone without scrolling sideways
            browser.resize(390, 844);
            browser.visit("/young-people/" + step.youngPersonId() + "/pathway-plan", "plan-on-a-phone");
            assertThat(browser.scrollsSideways()).isFalse();
            browser.find("#edit-plan").click();
            browser.screenshot("editor-on-a-phone");
            assertThat(browser.scrollsSideways()).isFalse();
        }
    }
}
