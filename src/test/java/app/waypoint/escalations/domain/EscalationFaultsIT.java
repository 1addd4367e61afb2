package app.waypoint.escalations.domain;

import static app.waypoint.escalations.domain.EscalationTimers.UNTIL_OVERDUE;
import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.local.LocalEnvironment;
import app.waypoint.testsupport.Tokens;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Faults under load (issue 19): two replicas of the packaged service share an embedded PostgreSQL, as in
 * {@link EscalationClusterIT}. First one replica is killed ({@code kill -9}) halfway through an escalation burst, and the
 * other must raise every escalation, each once, also after the killed one is back. Then PostgreSQL is stopped and started
 * again while a few clients complete tasks through REST: every completion acknowledged with a 2xx must be in the database
 * afterwards, and the replicas must answer again by themselves. It prints its figures; it asserts no timing, only that it
 * stops by itself. The size of the burst: {@code -Dfaults.escalations=300} (the default); the replicas' output is in
 * {@code target/escalation-faults-it/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EscalationFaultsIT {

    private static final Path WORK = Path.of("target", "escalation-faults-it");
    /** Tasks falling due at once, each with its escalation chain: two per young person in transition. */
    private static final int ESCALATIONS = Integer.getInteger("faults.escalations", 300);
    /**
     * How long a job stays locked, and an e-mail reserved, by the replica that took it (production: 2 min and 10 min,
     * application.properties): the survivor takes over the killed replica's jobs and e-mails once these run out.
     */
    private static final Duration LOCK_TIME = Duration.ofSeconds(15);
    /** The generous bound of each phase: the test stops by itself. */
    private static final Duration GIVE_UP = Duration.ofMinutes(10);
    private static final Duration DATABASE_DOWN = Duration.ofSeconds(5);
    private static final int CLIENTS = 4;
    private static final String COMPLETION = "{\"values\":{\"assessmentSummary\":\"Fault test\",\"youngPersonConsulted\":true}}";
    private static final Map<String, Object> REPORT = new LinkedHashMap<>();

    private static LocalEnvironment keys;
    private static RestartablePostgres postgres;
    private static Map<String, String> config;
    private static SharedDatabase database;
    private static EscalationTimers timers;
    private static ClusterCouncil council;
    private static Replica a;
    private static Replica b;

    @BeforeAll
    static void startDatabaseAndTwoReplicas() throws IOException {
        Files.createDirectories(WORK);
        keys = LocalEnvironment.start(WORK.resolve("environment"), false, true);
        postgres = RestartablePostgres.startFresh(WORK.resolve("postgres"));
        config = new HashMap<>(keys.properties());
        config.putAll(postgres.properties());
        database = SharedDatabase.of(config);
        timers = new EscalationTimers(database);
        Replica.signTokensFor(config);
        // one after the other: the first creates the engine's tables and runs the migrations on the empty database
        a = launch("replica-a", 1);
        b = launch("replica-b", 1);
        council = ClusterCouncil.seed(a, database, ESCALATIONS / 2, CLIENTS);
    }

    @AfterAll
    static void printReportAndStop() {
        System.out.println("Faults under load (EscalationFaultsIT):");
        REPORT.forEach((figure, value) -> System.out.printf("  %-78s %s%n", figure, value));
        Replica.stopAll(a, b);
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void shouldRaiseEachEscalationOnceWhenOneReplicaIsKilledHalfwayThroughTheBurst() {
        // given tasks with escalation chains, all falling due at once
        List<String> tasks = database.strings("select task_id from waypoint.escalation_chain");
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(ESCALATIONS);
        long halfway = tasks.size() / 2;
        AtomicLong lockedAtKill = new AtomicLong(-1);

        REPORT.put("escalations expected", tasks.size());

        // when both replicas race for them and replica B is killed once half of them are raised
        Instant burst = Instant.now();
        try {
            timers.settle(UNTIL_OVERDUE, tasks.size(), GIVE_UP, raised -> {
                if (raised >= halfway && lockedAtKill.get() < 0) {
                    lockedAtKill.set(database.count("select count(*) from act_ru_job where lock_owner_ = ?", b.name()));
                    b.kill();
                    REPORT.put("escalations raised when replica B was killed (kill -9)", raised);
                    REPORT.put("jobs locked by replica B when killed", lockedAtKill.get());
                }
            });
            REPORT.put("seconds from the burst to all raised and e-mailed (lock time and lease " + LOCK_TIME.toSeconds() + " s)",
                    seconds(Duration.between(burst, Instant.now())));
            timers.logJobsPerHost("after the burst, replica B killed");
        } finally {
            // and B is started again (also for the next test when this one failed)
            b = launch("replica-b", 2);
        }
        timers.settle(UNTIL_OVERDUE, tasks.size(), GIVE_UP, raised -> { });

        // then each task has exactly one overdue escalation, and everyone was told once
        Map<String, Map<String, Long>> perTask = timers.perTask();
        long records = perTask.values().stream().mapToLong(stages -> stages.values().stream().mapToLong(Long::longValue).sum()).sum();
        REPORT.put("escalations got (tasks escalated)", perTask.size());
        REPORT.put("escalations duplicated", records - perTask.size());
        assertThat(lockedAtKill.get()).as("replica B was killed during the burst").isNotNegative();
        assertThat(perTask).containsOnlyKeys(tasks).allSatisfy((task, stages) ->
                assertThat(stages).containsExactly(Map.entry("TEAM_MANAGER", 1L)));
        timers.assertEveryoneToldOnce();
    }

    @Test
    @Order(2)
    void shouldKeepEveryAcknowledgedCompletionAndAnswerAgainWhenPostgresRestartsUnderLoad() {
        // given clients completing the workers' needs assessments through both replicas
        Queue<String> open = new ConcurrentLinkedQueue<>(database.strings(
                "select id_ from act_ru_task where task_def_key_ = 'Task_AssessNeeds' and assignee_ = ?", council.worker().username()));
        CompletionLoad load = new CompletionLoad(open, council.worker().bearer());
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Replica replica = i % 2 == 0 ? a : b;
            Thread client = new Thread(() -> load.run(replica), "client-" + i);
            client.start();
            clients.add(client);
        }
        Polling.await("completions before the restart", GIVE_UP, () -> load.acknowledged.size() >= 2 * CLIENTS);

        // when PostgreSQL stops for a few seconds, and starts again
        postgres.stop();
        Polling.await("both replicas report the database down", GIVE_UP, () -> !a.ready() && !b.ready());
        pause(DATABASE_DOWN);
        postgres.start();
        Instant back = Instant.now();

        // then each replica answers ready, and completes a task again, by itself
        Map<String, Duration> recovered = new LinkedHashMap<>();
        Polling.await("both replicas ready and completing again", GIVE_UP, () -> {
            for (Replica replica : List.of(a, b)) {
                Instant completed = load.lastCompletion.get(replica.name());
                if (!recovered.containsKey(replica.name()) && completed != null && completed.isAfter(back) && replica.ready()) {
                    recovered.put(replica.name(), Duration.between(back, Instant.now()));
                    REPORT.put("seconds from PostgreSQL back to " + replica.name() + " ready and completing",
                            seconds(recovered.get(replica.name())));
                }
            }
            return recovered.size() == 2;
        });
        load.running.set(false);
        clients.forEach(EscalationFaultsIT::join);

        // and every acknowledged completion is in the database
        String[] acknowledged = load.acknowledged.toArray(String[]::new);
        Set<String> completed = Set.copyOf(database.strings("select id_ from act_hi_taskinst where id_ = any(?)"
                + " and end_time_ is not null and delete_reason_ = 'completed'", (Object) acknowledged));
        List<String> missing = load.acknowledged.stream().filter(task -> !completed.contains(task)).toList();
        long stillOpen = database.count("select count(*) from act_ru_task where id_ = any(?)", (Object) acknowledged);
        REPORT.put("completions acknowledged (2xx)", acknowledged.length);
        REPORT.put("completions refused or failed (not acknowledged, retried)", load.failed.get());
        REPORT.put("acknowledged completions missing afterwards", missing.size());
        assertThat(missing).as("acknowledged but not completed").isEmpty();
        assertThat(stillOpen).as("acknowledged but still open").isZero();
    }

    /** Clients that complete tasks while they last, each task until it is acknowledged or refused for good. */
    private static final class CompletionLoad {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        private final Queue<String> open;
        private final String bearer;
        private final Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        private final Map<String, Instant> lastCompletion = new ConcurrentHashMap<>();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicBoolean running = new AtomicBoolean(true);

        CompletionLoad(Queue<String> open, String bearer) {
            this.open = open;
            this.bearer = bearer;
        }

        void run(Replica replica) {
            String task;
            while (running.get() && (task = open.poll()) != null) {
                HttpRequest completion = HttpRequest.newBuilder(replica.uri("/api/tasks/" + task + "/completion"))
                        .header("Authorization", bearer).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(COMPLETION)).build();
                int status = send(completion);
                if (status / 100 == 2) {
                    acknowledged.add(task);
                    lastCompletion.put(replica.name(), Instant.now());
                } else {
                    // not acknowledged: done or not, it may be tried again (a second completion of a done task is refused)
                    failed.incrementAndGet();
                    if (status != 404) {
                        open.add(task);
                    }
                    Polling.pause();
                }
            }
        }

        private static int send(HttpRequest request) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException noAnswer) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }

    private static Replica launch(String name, int run) {
        return Replica.launch(WORK, name, run, config,
                Map.of("quarkus.camunda.job-executor.generic-config.lock-time-in-millis", Long.toString(LOCK_TIME.toMillis()),
                        "waypoint.notifications.claim-lease", LOCK_TIME.toString()))
                .awaitReady();
    }

    private static String seconds(Duration duration) {
        return String.format("%.1f", duration.toMillis() / 1000.0);
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void join(Thread client) {
        try {
            client.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
