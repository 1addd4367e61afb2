package app.waypoint.web;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.shared.Paging;
import app.waypoint.tasks.domain.task.TaskFilter;
import app.waypoint.tasks.domain.task.TaskQueries;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import app.waypoint.transitions.TransitionService;
import app.waypoint.web.shell.DueWording;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A manager's pages in a real browser: allocating a young person just recorded from the team board, moving a task's due date
 * with a reason, creating a House Project cohort and opening its board; each page at 390 px wide too.
 * Screenshots: target/screenshots/manager-pages/.
 */
@QuarkusTest
class ManagerPagesBrowserTest {

    @TestHTTPResource("/")
    URL app;
    @Inject
    PeopleFixtures people;
    @Inject
    TransitionService transitions;
    @Inject
    TaskQueries queries;
    @Inject
    TestClock clock;

    @Test
    void shouldAllocateFromTheBoardMoveADueDateAndCreateACohortWhenTheManagerUsesThePages() {
        // given a team with a young person just recorded (nobody allocated), and a needs assessment under way for another
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID newcomer = people.newYoungPerson(team, today.minusYears(15), false,
                List.of(new CareEpisodeInput(today.minusMonths(2), null, LegalBasis.CARE_ORDER)));
        UUID sixteen = people.youngPerson(team, today.minusYears(16).minusMonths(5), today.minusYears(3), true);
        transitions.start(sixteen, team.managerCaller());
        String taskId = queries.list(new TaskFilter("mine", sixteen, null, null, null, null, null, null, new Paging(0, 5)),
                team.workerCaller()).items().get(0).id();

        try (Browser browser = Browser.open(app, "manager-pages")) {
            ManagerJourney manager = new ManagerJourney(browser);
            browser.signIn(team.manager().username());

            // when the manager allocates the newcomer a social worker and an IRO from the team board
            manager.allocateFromTheBoard(newcomer, AllocationKind.SOCIAL_WORKER, team.worker().username());
            manager.allocateFromTheBoard(newcomer, AllocationKind.IRO, team.iro().username());

            // then the board shows them with both, still lacking a personal adviser
            assertThat(browser.text("#lacking")).contains(team.worker().displayName()).contains(team.iro().displayName());
            assertThat(browser.all("#allocate-personal-adviser-" + newcomer)).hasSize(1);
            assertThat(browser.all("#allocate-social-worker-" + newcomer)).isEmpty();
            assertFitsAPhone(browser, "/team", "team-board-phone");

            // when they move the needs assessment's due date three weeks on, with the reason
            LocalDate due = today.plusWeeks(3);
            manager.changeDueDate(taskId, due, "Waiting for the school report");

            // then the task is due then, and its comments say why
            assertThat(browser.text("#due")).isNotBlank();
            assertThat(browser.text("main")).contains("to " + DueWording.date(due) + ". Reason: Waiting for the school report");
            assertFitsAPhone(browser, "/tasks/" + taskId + "/due-date", "due-date-phone");

            // when they create a cohort led by the worker with the adviser
            String name = "Autumn " + UUID.randomUUID().toString().substring(0, 8);
            manager.createCohort(name, today.plusWeeks(2), team.worker().username(), List.of(team.adviser().username()));

            // then its board names it and its staff, and the list leads back to it
            assertThat(browser.text("h1")).isEqualTo(name);
            assertThat(browser.text("#cohort-facts")).contains(team.worker().displayName() + ", " + team.adviser().displayName());
            manager.openCohortBoard(name);
            assertThat(browser.text("h1")).isEqualTo(name);
            assertFitsAPhone(browser, browser.path(), "cohort-board-phone");
        }
    }

    /** The page at 390 px wide: nothing to scroll sideways for; the window is put back to its size after. */
    private static void assertFitsAPhone(Browser browser, String path, String label) {
        browser.resize(390, 844);
        try {
            browser.visit(path, label);
            assertThat(browser.scrollsSideways()).as(path + " at 390 px wide scrolls sideways").isFalse();
        } finally {
            browser.resize(1280, 1024);
        }
    }
}
