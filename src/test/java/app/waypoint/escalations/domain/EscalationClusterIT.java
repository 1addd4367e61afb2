package app.waypoint.escalations.domain;

import static app.waypoint.escalations.domain.EscalationTimers.UNTIL_OVERDUE;
import static app.waypoint.escalations.domain.EscalationTimers.UNTIL_SERVICE_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.local.LocalEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each escalation is raised exactly once when two instances of the packaged service share one database, and again after
 * one of them restarts (issue 3). A plain JUnit test, not a {@code @QuarkusTest}: it starts an embedded PostgreSQL, runs
 * {@code target/quarkus-app/quarkus-run.jar} twice as child processes, and "moves time" by making the escalation chains'
 * timer jobs due now in the shared database, so that both instances' job executors race for the same jobs. Failsafe runs
 * it in {@code mvn verify}, after {@code package}; the instances' output is in {@code target/escalation-cluster-it/}.
 */
class EscalationClusterIT {

    private static final Path WORK = Path.of("target", "escalation-cluster-it");
    private static final Duration SETTLING = Duration.ofSeconds(60);
    private static final int YOUNG_PEOPLE = 8;

    private static LocalEnvironment environment;
    private static SharedDatabase database;
    private static EscalationTimers timers;
    private static Replica a;
    private static Replica b;

    @BeforeAll
    static void startDatabaseAndTwoInstances() throws IOException {
        Files.createDirectories(WORK);
        environment = LocalEnvironment.start(WORK.resolve("environment"), true, true);
        Map<String, String> local = environment.properties();
        database = SharedDatabase.of(local);
        timers = new EscalationTimers(database);
        Replica.signTokensFor(local);
        // one after the other: the first creates the engine's tables and runs the migrations on the empty database
        a = launch("instance-a", 1);
        b = launch("instance-b", 1);
    }

    @AfterAll
    static void stopEverything() {
        Replica.stopAll(a, b);
        if (environment != null) {
            environment.close();
        }
    }

    @Test
    void shouldRaiseEachEscalationOnceWhenTwoInstancesRaceForTheTimersAndOneRestarts() {
        // given a team whose young people, aged 16 years 5 months, each have an open transition, so late tasks with chains
        ClusterCouncil council = ClusterCouncil.seed(a, database, YOUNG_PEOPLE, 1);
        List<String> tasks = council.openTasksWithDeadline(a);
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(YOUNG_PEOPLE);
        assertThat(database.count("select count(*) from waypoint.escalation_chain c join act_ru_job j on j.id_ = c.job_id"
                + " where j.handler_type_ = 'escalation-step'")).isEqualTo(tasks.size());

        // when the morning after the due date comes for every chain, and both instances race for the timers
        timers.settle(UNTIL_OVERDUE, tasks.size(), SETTLING, escalations -> { });

        // then each task has exactly one overdue escalation, and everyone told was told once
        assertThat(timers.perTask()).containsOnlyKeys(tasks).allSatisfy((task, stages) ->
                assertThat(stages).containsExactly(Map.entry("TEAM_MANAGER", 1L)));
        assertThat(council.manager().escalationStages(a, b, tasks))
                .allSatisfy(stages -> assertThat(stages).containsExactly("TEAM_MANAGER"));
        assertThat(council.manager().inboxLinks(b, "Overdue: ")).containsExactlyInAnyOrderElementsOf(links(tasks));
        assertEveryoneToldExactlyOnce();
        timers.logJobsPerHost("after the overdue rung of " + tasks.size() + " chains");
        long managerInbox = council.manager().inboxTotal(a);

        // when instance A restarts and the grace period passes for every chain
        a.stop();
        a = launch("instance-a", 2);
        timers.settle(UNTIL_SERVICE_MANAGER, 2L * tasks.size(), SETTLING, escalations -> { });

        // then each task has one escalation to the service manager, still one overdue escalation, and no inbox entry twice
        assertThat(timers.perTask()).containsOnlyKeys(tasks).allSatisfy((task, stages) ->
                assertThat(stages).containsOnly(Map.entry("TEAM_MANAGER", 1L), Map.entry("SERVICE_MANAGER", 1L)));
        assertThat(council.manager().escalationStages(a, b, tasks))
                .allSatisfy(stages -> assertThat(stages).containsExactlyInAnyOrder("TEAM_MANAGER", "SERVICE_MANAGER"));
        assertThat(council.manager().inboxLinks(a, "Overdue: ")).containsExactlyInAnyOrderElementsOf(links(tasks));
        assertThat(council.manager().inboxTotal(b)).as("team manager's inbox (the next rung is the service manager's)")
                .isEqualTo(managerInbox);
        assertThat(council.serviceManager().inboxLinks(b, "Still overdue, escalated to service manager: "))
                .containsExactlyInAnyOrderElementsOf(links(tasks));
        assertEveryoneToldExactlyOnce();
        timers.logJobsPerHost("after the restart and the service manager rung");
    }

    private static Replica launch(String name, int run) {
        return Replica.launch(WORK, name, run, environment.properties(), Map.of()).awaitReady();
    }

    /** Everyone told once, and each e-mail went out in one attempt. */
    private static void assertEveryoneToldExactlyOnce() {
        timers.assertEveryoneToldOnce();
        assertThat(database.strings("select event_key || ' to ' || recipient_username || ': ' || email_status || ' after '"
                + " || email_attempts || ' attempt(s)' from waypoint.notification where email_status <> 'SENT' or email_attempts <> 1"))
                .as("e-mails not sent exactly once").isEmpty();
    }

    private static List<String> links(List<String> tasks) {
        return tasks.stream().map(task -> "/tasks/" + task).toList();
    }
}
