package app.waypoint.escalations.domain;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.waypoint.local.LocalEnvironment;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
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
    private static final Path APP = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final Duration STARTUP = Duration.ofSeconds(90);
    private static final Duration SETTLING = Duration.ofSeconds(60);
    /** How long the escalation count must stay unchanged, with no timer left, to count as settled (a few executor cycles). */
    private static final Duration QUIET = Duration.ofSeconds(3);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final int YOUNG_PEOPLE = 8;

    /**
     * Steps of the chains (the first word of their timer job's configuration, EscalationChains): up to and including the
     * overdue rung, and the service manager rung.
     */
    private static final List<String> UNTIL_OVERDUE = List.of("REMINDER", "TEAM_MANAGER");
    private static final List<String> UNTIL_SERVICE_MANAGER = List.of("SERVICE_MANAGER");
    /** A chain's step: a timer job of the escalation-step handler, belonging to no process instance. */
    private static final String STEP_JOBS = "type_ = 'timer' and handler_type_ = 'escalation-step' and split_part(handler_cfg_, ' ', 1) in (";

    private static LocalEnvironment environment;
    private static Database database;
    private static Instance a;
    private static Instance b;

    @BeforeAll
    static void startDatabaseAndTwoInstances() throws IOException {
        assertThat(APP).as("the packaged application (mvn package)").exists();
        Files.createDirectories(WORK);
        environment = LocalEnvironment.start(WORK.resolve("environment"), true, true);
        Map<String, String> local = environment.properties();
        database = new Database(local.get("quarkus.datasource.jdbc.url"), local.get("quarkus.datasource.username"),
                local.get("quarkus.datasource.password"));
        // this JVM signs the bearer tokens with the key the instances verify
        System.setProperty("smallrye.jwt.sign.key.location", local.get("smallrye.jwt.sign.key.location"));
        System.setProperty("smallrye.jwt.new-token.issuer", local.get("smallrye.jwt.new-token.issuer"));
        System.setProperty("smallrye.jwt.new-token.lifespan", "3600");
        // one after the other: the first creates the engine's tables and runs the migrations on the empty database
        a = Instance.launch("instance-a", 1).awaitReady();
        b = Instance.launch("instance-b", 1).awaitReady();
    }

    @AfterAll
    static void stopEverything() {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (environment != null) {
            environment.close();
        }
    }

    @Test
    void shouldRaiseEachEscalationOnceWhenTwoInstancesRaceForTheTimersAndOneRestarts() {
        // given a team whose young people, aged 16 years 5 months, each have an open transition, so late tasks with chains
        Council council = Council.seed(a);
        List<String> tasks = council.openTasksWithDeadline(a);
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(YOUNG_PEOPLE);
        assertThat(database.count("select count(*) from waypoint.escalation_chain c join act_ru_job j on j.id_ = c.job_id"
                + " where j.handler_type_ = 'escalation-step'")).isEqualTo(tasks.size());

        // when the morning after the due date comes for every chain, and both instances race for the timers
        settle(UNTIL_OVERDUE, tasks.size());

        // then each task has exactly one overdue escalation, and everyone told was told once
        assertThat(escalationsPerTask()).containsOnlyKeys(tasks).allSatisfy((task, stages) ->
                assertThat(stages).containsExactly(Map.entry("TEAM_MANAGER", 1L)));
        assertThat(council.manager().escalationStages(a, b, tasks))
                .allSatisfy(stages -> assertThat(stages).containsExactly("TEAM_MANAGER"));
        assertThat(council.manager().inboxLinks(b, "Overdue: ")).containsExactlyInAnyOrderElementsOf(links(tasks));
        assertEveryoneToldExactlyOnce();
        logJobsPerHost("after the overdue rung of " + tasks.size() + " chains");
        long managerInbox = council.manager().inboxTotal(a);

        // when instance A restarts and the grace period passes for every chain
        a.stop();
        a = Instance.launch("instance-a", 2).awaitReady();
        settle(UNTIL_SERVICE_MANAGER, 2L * tasks.size());

        // then each task has one escalation to the service manager, still one overdue escalation, and no inbox entry twice
        assertThat(escalationsPerTask()).containsOnlyKeys(tasks).allSatisfy((task, stages) ->
                assertThat(stages).containsOnly(Map.entry("TEAM_MANAGER", 1L), Map.entry("SERVICE_MANAGER", 1L)));
        assertThat(council.manager().escalationStages(a, b, tasks))
                .allSatisfy(stages -> assertThat(stages).containsExactlyInAnyOrder("TEAM_MANAGER", "SERVICE_MANAGER"));
        assertThat(council.manager().inboxLinks(a, "Overdue: ")).containsExactlyInAnyOrderElementsOf(links(tasks));
        assertThat(council.manager().inboxTotal(b)).as("team manager's inbox (the next rung is the service manager's)")
                .isEqualTo(managerInbox);
        assertThat(council.serviceManager().inboxLinks(b, "Still overdue, escalated to service manager: "))
                .containsExactlyInAnyOrderElementsOf(links(tasks));
        assertEveryoneToldExactlyOnce();
        logJobsPerHost("after the restart and the service manager rung");
    }

    /**
     * Makes the chains' timers at the given steps due now, again as follow-up timers appear (a reminder's is the overdue
     * timer), until none is left and the number of escalations has reached {@code expected} and stays there for a while.
     */
    private static void settle(List<String> steps, long expected) {
        Instant deadline = Instant.now().plus(SETTLING);
        long escalations = -1;
        Instant unchangedSince = Instant.now();
        while (true) {
            makeDue(steps);
            long waiting = timersAt(steps);
            long now = database.count("select count(*) from waypoint.escalation");
            if (now != escalations) {
                escalations = now;
                unchangedSince = Instant.now();
            }
            if (waiting == 0 && escalations == expected && Duration.between(unchangedSince, Instant.now()).compareTo(QUIET) >= 0) {
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Not settled after %s: %d timer(s) at %s left, %d escalation(s) of %d expected; failed jobs: %s", SETTLING, waiting,
                        steps, escalations, expected, database.strings("select coalesce(exception_msg_, '') from act_ru_job"
                                + " where exception_msg_ is not null"));
            }
            pause();
        }
        await("all e-mails delivered",
                () -> database.count("select count(*) from waypoint.notification where email_status = 'PENDING'") == 0);
    }

    /**
     * "Moves time": instead of a clock, each waiting timer job is made due a second before it was created (ACT_RU_JOB,
     * Camunda 7.23). Its creation time was written by the engine in the service's time zone (England's, see WaypointMain)
     * like its due date, so this is in the past for the engine whatever this JVM's time zone; a timer moved once is left alone.
     */
    private static void makeDue(List<String> steps) {
        database.update("update act_ru_job set duedate_ = create_time_ - interval '1 second' where duedate_ > create_time_ and "
                + STEP_JOBS + placeholders(steps) + ")", steps.toArray());
    }

    private static long timersAt(List<String> steps) {
        return database.count("select count(*) from act_ru_job where " + STEP_JOBS + placeholders(steps) + ")", steps.toArray());
    }

    /** Task id → stage → how many escalation records, straight from the table (the API would hide a duplicate's twin). */
    private static Map<String, Map<String, Long>> escalationsPerTask() {
        Map<String, Map<String, Long>> perTask = new HashMap<>();
        database.rows("select task_id, stage, count(*) from waypoint.escalation group by task_id, stage").forEach(row ->
                perTask.computeIfAbsent(row.get(0), task -> new LinkedHashMap<>()).put(row.get(1), Long.parseLong(row.get(2))));
        return perTask;
    }

    /**
     * Every person an escalation names has its inbox entry, no event reaches anyone twice (the table's unique constraint
     * guarantees it; this shows that nothing got round it), and each e-mail went out in one attempt.
     */
    private static void assertEveryoneToldExactlyOnce() {
        assertThat(database.count("select count(*) from waypoint.escalation_recipient r"
                + " join waypoint.escalation e on e.id = r.escalation_id where not exists (select 1 from waypoint.notification n"
                + " where n.event_key = 'escalation:' || e.id and n.recipient_username = r.username)"))
                .as("people named in an escalation but not notified").isZero();
        assertThat(database.strings("select event_key || ' to ' || recipient_username from waypoint.notification"
                + " group by event_key, recipient_username having count(*) > 1")).as("notified twice").isEmpty();
        assertThat(database.strings("select event_key || ' to ' || recipient_username || ': ' || email_status || ' after '"
                + " || email_attempts || ' attempt(s)' from waypoint.notification where email_status <> 'SENT' or email_attempts <> 1"))
                .as("e-mails not sent exactly once").isEmpty();
    }

    /** Which instance's job executor ran how many of the engine's jobs: logged, not asserted (the race decides). */
    private static void logJobsPerHost(String when) {
        System.out.printf("Jobs run per instance %s: %s%n", when, database.rows("select coalesce(hostname_, '?'), process_def_key_,"
                + " count(*) from act_hi_job_log where job_state_ = 2 group by hostname_, process_def_key_ order by 1, 2"));
    }

    private static List<String> links(List<String> tasks) {
        return tasks.stream().map(task -> "/tasks/" + task).toList();
    }

    private static String placeholders(List<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(SETTLING);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("Gave up waiting after %s: %s", SETTLING, what);
            }
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String bearer(String username, String role) {
        return "Bearer " + Jwt.upn(username).groups(Set.of(role)).sign();
    }

    /** A running instance of the packaged service, on its own port, with its output in a file under target/. */
    private record Instance(String name, int port, int managementPort, Process process, Path log) {

        private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        static Instance launch(String name, int run) {
            try {
                int port = freePort();
                int managementPort = freePort();
                Path log = WORK.resolve(name + "-run" + run + ".log");
                ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m", "-jar", APP.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
                Map<String, String> env = builder.environment();
                Map<String, String> local = environment.properties();
                // with a database URL, WaypointMain uses that database and starts no demo
                env.put("QUARKUS_DATASOURCE_JDBC_URL", local.get("quarkus.datasource.jdbc.url"));
                env.put("QUARKUS_DATASOURCE_USERNAME", local.get("quarkus.datasource.username"));
                env.put("QUARKUS_DATASOURCE_PASSWORD", local.get("quarkus.datasource.password"));
                env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", local.get("mp.jwt.verify.publickey.location"));
                env.put("MP_JWT_VERIFY_ISSUER", local.get("mp.jwt.verify.issuer"));
                env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
                // health and metrics are on the management interface, its own port
                env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(managementPort));
                // the engine writes this name into its job log (ACT_HI_JOB_LOG.HOSTNAME_): who ran what
                env.put("QUARKUS_CAMUNDA_GENERIC_CONFIG_HOSTNAME", name);
                env.put("QUARKUS_CAMUNDA_JOB_EXECUTOR_GENERIC_CONFIG_WAIT_TIME_IN_MILLIS", "200");
                env.put("QUARKUS_CAMUNDA_JOB_EXECUTOR_GENERIC_CONFIG_MAX_WAIT", "1000");
                env.put("QUARKUS_MAILER_MOCK", "true");
                env.put("WAYPOINT_NOTIFICATIONS_DELIVERY_INTERVAL", "1s");
                Process process = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
                return new Instance(name, port, managementPort, process, log);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start " + name, e);
            }
        }

        /** Waits until the instance answers UP on /q/health/ready (engine running, every model deployed). */
        Instance awaitReady() {
            Instant deadline = Instant.now().plus(STARTUP);
            HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(5)).build();
            while (true) {
                if (!process.isAlive()) {
                    fail("%s stopped during start-up (exit %d):%n%s", name, process.exitValue(), tail());
                }
                try {
                    if (HTTP.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return this;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (Instant.now().isAfter(deadline)) {
                    fail("%s not ready after %s:%n%s", name, STARTUP, tail());
                }
                pause();
            }
        }

        /** Stops the instance the way an orchestrator does (SIGTERM), and kills it if it does not end in time. */
        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        RequestSpecification as(String bearer) {
            return given().baseUri("http://localhost").port(port).header("Authorization", bearer);
        }

        private String tail() {
            try {
                List<String> lines = Files.readAllLines(log);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
            } catch (IOException e) {
                return "(no output in " + log + ")";
            }
        }

        private static int freePort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            }
        }
    }

    /** A member of staff who signs in with a bearer token. */
    private record Member(String username, String role) {

        String bearer() {
            return EscalationClusterIT.bearer(username, role);
        }

        /** The stages of each task's escalations as this member sees them in the API, asking the two instances in turn. */
        List<List<String>> escalationStages(Instance one, Instance other, List<String> tasks) {
            List<List<String>> stages = new ArrayList<>();
            for (int i = 0; i < tasks.size(); i++) {
                stages.add((i % 2 == 0 ? one : other).as(bearer()).queryParam("state", "any").queryParam("taskId", tasks.get(i))
                        .get("/api/escalations").then().statusCode(200).extract().jsonPath().getList("items.stage", String.class));
            }
            return stages;
        }

        long inboxTotal(Instance instance) {
            return instance.as(bearer()).get("/api/notifications").then().statusCode(200).extract().jsonPath().getLong("total");
        }

        /** The links of this member's inbox entries whose headline starts so, one per entry. */
        List<String> inboxLinks(Instance instance, String headlineStart) {
            JsonPath inbox = instance.as(bearer()).queryParam("size", 200).get("/api/notifications")
                    .then().statusCode(200).extract().jsonPath();
            assertThat(inbox.getLong("total")).as("whole inbox on one page").isLessThanOrEqualTo(200);
            List<Map<String, Object>> items = inbox.getList("items");
            return items.stream().filter(item -> ((String) item.get("headline")).startsWith(headlineStart))
                    .map(item -> (String) item.get("link")).toList();
        }
    }

    /** The people and young people of the test, created through the API of one instance. */
    private record Council(Member manager, Member serviceManager, List<String> youngPeople) {

        static Council seed(Instance instance) {
            // An empty database has no staff, and only an administrator may add staff: the first one goes in with SQL
            // (as an operator bootstraps a new installation); everything else goes through the API.
            database.update("insert into waypoint.staff (id, username, display_name, email, role, started_on) "
                            + "values (?, ?, ?, ?, 'ADMIN', current_date)",
                    UUID.randomUUID(), "cluster.admin", "Cluster Admin", "cluster.admin@example.test");
            String admin = bearer("cluster.admin", "admin");
            String teamId = instance.as(admin).contentType(ContentType.JSON).body(Map.of("name", "Cluster team"))
                    .post("/api/teams").then().statusCode(201).extract().path("id");
            Member manager = staff(instance, admin, "cluster.manager", "MANAGER", teamId);
            Member worker = staff(instance, admin, "cluster.worker", "WORKER", teamId);
            Member iro = staff(instance, admin, "cluster.iro", "IRO", teamId);
            Member serviceManager = staff(instance, admin, "cluster.service", "MANAGER", null);
            Member headOfService = staff(instance, admin, "cluster.head", "MANAGER", null);
            Member director = staff(instance, admin, "cluster.director", "MANAGER", null);
            instance.as(admin).contentType(ContentType.JSON).body(Map.of("serviceManager", serviceManager.username(),
                            "headOfService", headOfService.username(), "director", director.username()))
                    .put("/api/teams/{id}/escalation-chain", teamId).then().statusCode(204);

            // aged 16 years 5 months and in care since 14: the needs assessment (due at 16 years 3 months) is already late
            LocalDate born = LocalDate.now(ENGLAND).minusYears(16).minusMonths(5);
            List<String> youngPeople = new ArrayList<>();
            for (int i = 1; i <= YOUNG_PEOPLE; i++) {
                String id = instance.as(manager.bearer()).contentType(ContentType.JSON)
                        .body(Map.of("localId", "CLUSTER-" + i, "givenName", "Young", "familyName", "Person" + i,
                                "dateOfBirth", born.toString(), "teamId", teamId,
                                "careEpisodes", List.of(Map.of("start", born.plusYears(14).toString(), "legalBasis", "CARE_ORDER"))))
                        .post("/api/young-people").then().statusCode(201).extract().path("id");
                allocate(instance, manager, id, "SOCIAL_WORKER", worker);
                allocate(instance, manager, id, "IRO", iro);
                instance.as(manager.bearer()).post("/api/young-people/{id}/transition", id).then().statusCode(201);
                youngPeople.add(id);
            }
            return new Council(manager, serviceManager, youngPeople);
        }

        /** The open tasks of the young people that have a due date: each has an escalation chain. */
        List<String> openTasksWithDeadline(Instance instance) {
            List<String> tasks = new ArrayList<>();
            for (String youngPerson : youngPeople) {
                List<Map<String, Object>> items = instance.as(manager.bearer()).queryParam("youngPersonId", youngPerson)
                        .queryParam("size", 50).get("/api/tasks").then().statusCode(200).extract().jsonPath().getList("items");
                items.stream().filter(task -> task.get("due") != null).map(task -> (String) task.get("id")).forEach(tasks::add);
            }
            return tasks;
        }

        private static Member staff(Instance instance, String admin, String username, String role, String teamId) {
            Map<String, Object> request = new HashMap<>(Map.of("username", username, "displayName", username,
                    "email", username + "@example.test", "role", role, "newlyQualified", false));
            request.put("teamId", teamId);
            instance.as(admin).contentType(ContentType.JSON).body(request).post("/api/staff").then().statusCode(201);
            return new Member(username, role.toLowerCase());
        }

        private static void allocate(Instance instance, Member manager, String youngPerson, String kind, Member staff) {
            instance.as(manager.bearer()).contentType(ContentType.JSON).body(Map.of("kind", kind, "staffUsername", staff.username()))
                    .post("/api/young-people/{id}/allocations", youngPerson).then().statusCode(201);
        }
    }

    /** Plain JDBC on the shared database: a connection per call is cheap here and keeps nothing open between steps. */
    private record Database(String url, String username, String password) {

        void update(String sql, Object... parameters) {
            try (Connection connection = DriverManager.getConnection(url, username, password);
                 PreparedStatement statement = prepare(connection, sql, parameters)) {
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        long count(String sql, Object... parameters) {
            return Long.parseLong(rows(sql, parameters).get(0).get(0));
        }

        List<String> strings(String sql, Object... parameters) {
            return rows(sql, parameters).stream().map(row -> row.get(0)).collect(Collectors.toList());
        }

        List<List<String>> rows(String sql, Object... parameters) {
            try (Connection connection = DriverManager.getConnection(url, username, password);
                 PreparedStatement statement = prepare(connection, sql, parameters);
                 ResultSet result = statement.executeQuery()) {
                List<List<String>> rows = new ArrayList<>();
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        row.add(result.getString(column));
                    }
                    rows.add(row);
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        }

        private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement;
        }
    }
}
