package app.waypoint.transitions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.LegalBasis;
import app.waypoint.people.youngpeople.CreateYoungPersonRequest.CareEpisodeInput;
import app.waypoint.testsupport.PeopleFixtures.TeamFixture;
import app.waypoint.testsupport.PeopleFixtures;
import app.waypoint.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The nightly timer of {@code bpmn/eligibility-scan.bpmn}, driven by the test clock: moving to the next day at noon passes
 * the night's 01:00, so the scan runs once.
 */
@QuarkusTest
class EligibilityScanProcessTest {

    private static final String SCAN = "EligibilityScanProcess";

    @Inject
    PeopleFixtures people;
    @Inject
    TestClock clock;
    @Inject
    WaypointClock appClock;
    @Inject
    HistoryService history;
    @Inject
    ManagementService management;
    @Inject
    RepositoryService repository;
    @Inject
    Event<CamundaEngineStartupEvent> engineStartup;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void shouldOpenExactlyOneTransitionWhenYoungPersonInCareReaches15y9mOvernight() {
        // given a young person in care since 14 who reaches 15 years 9 months tomorrow
        TeamFixture team = people.team();
        LocalDate tomorrow = clock.today().plusDays(1);
        LocalDate born = tomorrow.minusYears(15).minusMonths(9);
        UUID youngPersonId = people.youngPerson(team, born, Birthdays.anniversary(born, 14), false);
        long scansBefore = scansRun();

        // when the clock moves to tomorrow noon
        clock.travelToWithNightlyScans(tomorrow);

        // then the nightly scan has run once and opened their transition
        assertThat(scansRun()).isEqualTo(scansBefore + 1);
        given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(200)
                .body("open", equalTo(true))
                .body("startedBy", equalTo("eligibility-scan"))
                .body("currentSteps.id", hasItem("Task_AssessNeeds"));

        // when the following nights' scans run too
        clock.travelToWithNightlyScans(tomorrow.plusDays(1));
        clock.travelToWithNightlyScans(tomorrow.plusDays(2));

        // then they ran, and the young person still has exactly one transition
        assertThat(scansRun()).isEqualTo(scansBefore + 3);
        assertThat(transitionsStartedFor(youngPersonId)).isEqualTo(1);
    }

    @Test
    void shouldNotOpenTransitionWhenYoungPersonIsUnder15y9m() {
        // given a young person in care since 14 who is 15 years 8 months tomorrow
        TeamFixture team = people.team();
        LocalDate tomorrow = clock.today().plusDays(1);
        LocalDate born = tomorrow.minusYears(15).minusMonths(8);
        UUID youngPersonId = people.youngPerson(team, born, Birthdays.anniversary(born, 14), false);

        // when the nightly scan runs
        clock.travelToWithNightlyScans(tomorrow);

        // then they have no transition yet
        assertThat(transitionsStartedFor(youngPersonId)).isZero();
    }

    @Test
    void shouldNotOpenTransitionWhenYoungPersonsCareIsOnlyShortBreaks() {
        // given a young person of 15 years 10 months whose care is only planned short breaks, one of them going on tonight
        TeamFixture team = people.team();
        LocalDate today = clock.today();
        UUID youngPersonId = people.youngPerson(team, today.minusYears(15).minusMonths(10), false, List.of(
                new CareEpisodeInput(today.minusDays(60), today.minusDays(55), LegalBasis.SHORT_BREAKS),
                new CareEpisodeInput(today.minusDays(30), today.minusDays(25), LegalBasis.SHORT_BREAKS),
                new CareEpisodeInput(today.minusDays(1), today.plusDays(4), LegalBasis.SHORT_BREAKS)));

        // when the nightly scan runs
        clock.travelToWithNightlyScans(today.plusDays(1));

        // then no transition is opened: short breaks alone never make a young person eligible
        assertThat(transitionsStartedFor(youngPersonId)).isZero();
    }

    @Test
    void shouldNotOpenAnotherTransitionWhenTheEarlierOneWasClosedAtTheYoungPersonsRequest() {
        // given a young person of 15 years 10 months whose transition was opened and then closed at their request
        TeamFixture team = people.team();
        LocalDate born = clock.today().minusYears(15).minusMonths(10);
        UUID youngPersonId = people.youngPerson(team, born, Birthdays.anniversary(born, 14), false);
        given().header("Authorization", team.managerToken()).post("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(201);
        given().header("Authorization", team.managerToken()).contentType(ContentType.JSON)
                .body(Map.of("reason", "Young person does not want leaving-care support"))
                .post("/api/young-people/{id}/transition/closure", youngPersonId)
                .then().statusCode(200);

        // when the nightly scan runs
        clock.travelToWithNightlyScans(clock.today().plusDays(1));

        // then the closed transition stays the only one
        assertThat(transitionsStartedFor(youngPersonId)).isEqualTo(1);
        given().header("Authorization", team.managerToken()).get("/api/young-people/{id}/transition", youngPersonId)
                .then().statusCode(200)
                .body("open", equalTo(false))
                .body("closureReason", equalTo("Young person does not want leaving-care support"));
    }

    @Test
    void shouldOpenTransitionOnTheDayWhen15y9mFallsOnTheLastDayOfAShorterMonth() {
        // given a young person born on the 31st who reaches 15 years 9 months on the 30th of a 30-day month (e.g. born 31 July,
        // 15y9m on 30 April: there is no 31 April), in care since 14
        TeamFixture team = people.team();
        LocalDate reaches = nextThirtiethOfAprilOrSeptember(clock.today().plusDays(2));
        LocalDate born = reaches.minusYears(15).minusMonths(9).withDayOfMonth(31);
        assertThat(Birthdays.anniversary(born, 15).plusMonths(9)).isEqualTo(reaches);
        UUID youngPersonId = people.youngPerson(team, born, Birthdays.anniversary(born, 14), false);

        // when the scans of the night before and of that night run
        clock.travelToWithNightlyScans(reaches.minusDays(1));
        assertThat(transitionsStartedFor(youngPersonId)).isZero();
        clock.travelToWithNightlyScans(reaches);

        // then the transition opens that day, not a day late
        assertThat(transitionsStartedFor(youngPersonId)).isEqualTo(1);
    }

    @Test
    void shouldKeepExactlyOneNightlyTimerWhenTheEngineStartsAgain() {
        // given the application has started: the scan waits on one timer job
        assertThat(scanTimers()).hasSize(1);
        long versions = repository.createProcessDefinitionQuery().processDefinitionKey(SCAN).count();

        // when the engine starts again with the same models (a restart, or another replica starting)
        engineStartup.fire(new CamundaEngineStartupEvent());

        // then there is still one timer job, and no new version of the process
        assertThat(scanTimers()).hasSize(1);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(SCAN).count()).isEqualTo(versions);

        // and after a night's scan the cycle has put its one timer on the next 01:00 (the engine reads cron in the JVM's zone)
        clock.travelToWithNightlyScans(clock.today().plusDays(1));
        LocalDateTime now = LocalDateTime.ofInstant(appClock.now(), ZoneId.systemDefault());
        LocalDateTime nextOneAm = now.toLocalDate().plusDays(now.toLocalTime().isBefore(LocalTime.of(1, 0)) ? 0 : 1).atTime(1, 0);
        assertThat(scanTimers()).singleElement()
                .extracting(job -> LocalDateTime.ofInstant(job.getDuedate().toInstant(), ZoneId.systemDefault()))
                .isEqualTo(nextOneAm);
    }

    private long scansRun() {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(SCAN).finished().count();
    }

    private long transitionsStartedFor(UUID youngPersonId) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(LeavingCareTransitionProcess.KEY)
                .processInstanceBusinessKey(youngPersonId.toString()).count();
    }

    private List<Job> scanTimers() {
        return management.createJobQuery().processDefinitionKey(SCAN).timers().list();
    }

    /** The first 30 April or 30 September on or after {@code from}: days when 15 years 9 months can be clamped from a 31st. */
    private static LocalDate nextThirtiethOfAprilOrSeptember(LocalDate from) {
        return Stream.iterate(from, day -> day.plusDays(1))
                .filter(day -> day.getDayOfMonth() == 30 && (day.getMonth() == Month.APRIL || day.getMonth() == Month.SEPTEMBER))
                .findFirst().orElseThrow();
    }
}
