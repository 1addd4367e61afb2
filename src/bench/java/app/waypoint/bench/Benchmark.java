package app.waypoint.bench;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The benchmark (README, "Benchmark"): starts PostgreSQL with production durability and the packaged production jar on it,
 * seeds a council once (never timed), then measures each operation through the REST API with real bearer tokens at each
 * concurrency, and prints the table (also written to {@code <dataDir>/results.tsv}). Fails (an exception out of main) when
 * any request failed or answered an unexpected status; no figure is ever judged here.
 */
public final class Benchmark {

    /** Transitions the in-process engine starts untimed before measuring, per one of the service's start reserve. */
    private static final int RAW_RESERVE_PER_START_RESERVE = 1;
    private static final String REST_START = "start transition (2 tasks, 3 processes)";
    private static final String REST_COMPLETE = "complete Assess needs";
    private static final String COMPLETION_VALUES = "{\"values\":{\"assessmentSummary\":\"Benchmark assessment\",\"youngPersonConsulted\":true}}";

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        BenchSettings settings = BenchSettings.fromSystemProperties();
        Files.createDirectories(settings.dataDir());
        Seeder.log("%s run: %,d young people, %,d open tasks (%,d transitions), %,d historic tasks, teams of %d young people and %d workers; "
                        + "concurrency %s, windows of %d s after %s; data in %s",
                settings.smoke() ? "smoke" : "full", settings.youngPeople(), 2 * settings.transitions(), settings.transitions(),
                settings.historicTasks(), settings.teamSize(), settings.workersPerTeam(), settings.concurrencies(),
                settings.windowSeconds(), warmups(settings), settings.dataDir());
        BearerTokens tokens = BearerTokens.inFolder(settings.dataDir().resolve("keys"));
        List<LoadDriver.Result> results = new ArrayList<>();
        Duration startup;
        long idleRss;
        String durability;
        long openTasks;
        Optional<EscalationBurst.Result> burst = Optional.empty();
        List<ScanResult> scans = new ArrayList<>();
        SeededCopy seeded = SeededCopy.of(settings);
        seeded.restore();
        try (SmtpSink mail = SmtpSink.start()) {
            seed(settings, seeded, tokens, mail);
            try (BenchDatabase database = BenchDatabase.start(settings)) {
                durability = database.durability();
                LoadDriver driver = new LoadDriver(settings, database);
                // measured on a fresh start of the seeded service: the figure a restart or a new replica sees
                try (WaypointService service = WaypointService.start(settings, database, tokens, mail, "replica-a")) {
                    startup = service.startup();
                    idleRss = service.residentMegabytes();
                    Seeder.log("service restarted and ready in %.1f s, RSS %d MB; %s", startup.toMillis() / 1000.0, idleRss, durability);
                    Fixtures fixtures = Fixtures.load(database);
                    openTasks = fixtures.openTasks();
                    double background = LoadDriver.backgroundStatementsPerSecond(database);
                    Seeder.log("background: %.1f SQL statements/s with no request sent (taken off each window's count)", background);
                    PageSessions pages = new PageSessions(service::api);
                    for (Operation operation : operations(service, tokens, pages, fixtures).stream()
                            .filter(operation -> settings.measures(operation.name())).toList()) {
                        for (int concurrency : settings.concurrencies()) {
                            logged(results, driver.run(operation, concurrency, service, background));
                        }
                    }
                    if (settings.measures(NightlyReviewScan.NAME)) {
                        scans.add(NightlyReviewScan.run(settings, database, service));
                    }
                    if (settings.measures(NightlyContactScans.NAME)) {
                        scans.addAll(NightlyContactScans.run(settings, database, service));
                    }
                    if (settings.measures(EscalationBurst.NAME)) {
                        // a second replica of the same jar on the same database: their job executors race for the due jobs
                        try (WaypointService second = WaypointService.start(settings, database, tokens, mail, "replica-b")) {
                            long mailBefore = mail.received();
                            burst = Optional.of(EscalationBurst.run(settings, database, service, second));
                            Seeder.log("%s", burst.get().row());
                            Seeder.log("e-mails received by the SMTP sink by the burst's end: %,d", mail.received() - mailBefore);
                        }
                    }
                }
                for (RawEngine.Ceiling ceiling : RawEngine.Ceiling.values()) {
                    if (!settings.measures(ceiling.start()) && !settings.measures(ceiling.complete())) {
                        continue;
                    }
                    if (ceiling == RawEngine.Ceiling.COUNCIL_TABLES && settings.jdbcUrl().isPresent()) {
                        Seeder.log("raw ceiling on the council's tables: not measured on the PostgreSQL of bench.jdbcUrl, which keeps what a run does");
                        continue;
                    }
                    // after the service has stopped, so that the two never share the cores
                    try (RawEngine raw = RawEngine.start(database, ceiling)) {
                        long self = ProcessHandle.current().pid();
                        raw.seed(RAW_RESERVE_PER_START_RESERVE * settings.startReserve());
                        for (int concurrency : settings.concurrencies()) {
                            logged(results, driver.run(ceiling.start(), concurrency, raw.starts(), () -> Integer.MAX_VALUE, self, () -> -1, () -> -1, 0));
                        }
                        for (int concurrency : settings.concurrencies()) {
                            logged(results, driver.run(ceiling.complete(), concurrency, raw.completions(), raw::assessNeedsLeft, self, () -> -1, () -> -1, 0));
                        }
                    }
                }
            }
        }
        String table = table(settings, results, startup, idleRss, durability, openTasks);
        System.out.println(table);
        burst.ifPresent(result -> System.out.println(EscalationBurst.Result.header() + result.row() + "\n"));
        if (!scans.isEmpty()) {
            System.out.println(ScanResult.header() + String.join("\n", scans.stream().map(ScanResult::row).toList()) + "\n");
        }
        Path tsv = settings.dataDir().resolve("results.tsv");
        Files.writeString(tsv, tsv(results));
        Seeder.log("written %s", tsv);
        if (burst.isPresent()) {
            Path burstTsv = settings.dataDir().resolve("burst.tsv");
            Files.writeString(burstTsv, burst.get().tsv());
            Seeder.log("written %s", burstTsv);
        }
        if (!scans.isEmpty()) {
            Path scanTsv = settings.dataDir().resolve("scan.tsv");
            Files.writeString(scanTsv, ScanResult.tsv(scans));
            Seeder.log("written %s", scanTsv);
        }
        long errors = results.stream().mapToLong(LoadDriver.Result::errors).sum();
        if (errors > 0) {
            throw new IllegalStateException(errors + " requests failed or answered an unexpected status (first ones above)");
        }
        if (burst.isPresent() && (burst.get().lost() > 0 || burst.get().duplicates() > 0)) {
            throw new IllegalStateException("the escalation burst lost " + burst.get().lost() + " and duplicated "
                    + burst.get().duplicates() + " escalations (see the replicas' logs in " + settings.dataDir() + ")");
        }
        for (ScanResult scan : scans) {
            if (!scan.complete()) {
                throw new IllegalStateException("a nightly scan did not start one process for each young person due: " + scan.row()
                        + " (see replica-a's log in " + settings.dataDir() + ")");
            }
        }
    }

    /** Seeds what is missing (never timed) on a service of its own, then keeps the seeded council for the next runs. */
    private static void seed(BenchSettings settings, SeededCopy seeded, BearerTokens tokens, SmtpSink mail) throws Exception {
        boolean changed;
        try (BenchDatabase database = BenchDatabase.start(settings)) {
            String before = seeded.fingerprint(database);
            Seeder seeder = new Seeder(settings, database);
            try (WaypointService first = WaypointService.start(settings, database, tokens, mail, "seeding")) {
                Seeder.log("service ready in %.1f s (this start ran any pending migrations)", first.startup().toMillis() / 1000.0);
                seeder.seedPeople();
                seeder.seedOpenTasks(first, tokens);
                if (settings.measures(EscalationBurst.NAME)) {
                    seeder.topUpBurst(first, tokens);
                }
                seeder.seedHistory();
                seeder.topUpStartReserve();
                seeder.settle(first, tokens);
            }
            changed = !before.equals(seeded.fingerprint(database));
        }
        seeded.keep(changed);
    }

    private static void logged(List<LoadDriver.Result> results, LoadDriver.Result result) {
        results.add(result);
        Seeder.log("%s", row(result));
        result.firstErrors().forEach(error -> Seeder.log("  error: %s", error));
    }

    private static List<Operation> operations(WaypointService service, BearerTokens tokens, PageSessions pages, Fixtures fixtures) {
        return List.of(
                Operation.reading("health ping (no auth, management port)", List.of(service.management("/q/health/live")),
                        uri -> HttpRequest.newBuilder(uri).GET().build()),
                Operation.reading("worker tasklist (mine, due, 50)", fixtures.workers(),
                        worker -> get(service.api("/api/tasks?scope=mine&sort=due&size=50"), tokens.bearer(worker))),
                Operation.reading("manager tasklist (team, due, 50)", fixtures.managers(),
                        manager -> get(service.api("/api/tasks?scope=team&sort=due&size=50"), tokens.bearer(manager))),
                Operation.reading("young people list (caseload, 50)", fixtures.workers(),
                        worker -> get(service.api("/api/young-people?size=50"), tokens.bearer(worker))),
                Operation.reading("young person (API read)", fixtures.youngPeople(),
                        person -> get(service.api("/api/young-people/" + person[0]), tokens.bearer(person[1]))),
                Operation.reading("young person's page (staff page)", fixtures.pageYoungPeople(),
                        person -> pages.get("/young-people/" + person[0], person[1])),
                Operation.reading("service view (API, head of service)", List.of(Seeder.HEAD_OF_SERVICE),
                        head -> get(service.api("/api/service-view"), tokens.bearer(head))),
                Operation.reading("service view page (head of service)", List.of(Seeder.HEAD_OF_SERVICE),
                        head -> pages.get("/service", head)),
                Operation.consuming(REST_START, fixtures.toStart(),
                        person -> HttpRequest.newBuilder(service.api("/api/young-people/" + person[0] + "/transition"))
                                .header("Authorization", tokens.bearer(person[1])).POST(HttpRequest.BodyPublishers.noBody()).build(), 201),
                Operation.consuming(REST_COMPLETE, fixtures.toComplete(),
                        task -> HttpRequest.newBuilder(service.api("/api/tasks/" + task[0] + "/completion"))
                                .header("Authorization", tokens.bearer(task[1])).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(COMPLETION_VALUES)).build(), 204));
    }

    private static HttpRequest get(URI uri, String bearer) {
        return HttpRequest.newBuilder(uri).header("Authorization", bearer).timeout(Duration.ofSeconds(60)).GET().build();
    }

    /** The warm-up's rule ({@link Warmup}), as printed above the table. */
    private static String warmups(BenchSettings settings) {
        return String.format("a warm-up until the JIT is quiet (under %.0f %% of the process's CPU over 10 s): from %d to %d s before an "
                        + "operation's first window, from %d to %d s before its others", Warmup.QUIET_SHARE * 100, settings.firstWarmupSeconds(),
                settings.longestWarmupSeconds(), settings.warmupSeconds(), settings.longestLaterWarmupSeconds());
    }

    private static String row(LoadDriver.Result r) {
        return String.format("%-51s %4d %6.0f %9.1f %9.1f %9.1f %9.1f %7s %7s %7s %7d %7d", r.operation(), r.concurrency(), r.warmupSeconds(),
                r.perSecond(), r.p50(), r.p95(), r.p99(), orDash(r.statementsPerRequest()), orDash(r.serviceCpuPerRequest()),
                orDash(r.databaseCpuPerRequest()), r.peakRssMb(), r.errors());
    }

    private static String orDash(double figure) {
        return figure < 0 ? "-" : String.format("%.1f", figure);
    }

    private static String table(BenchSettings settings, List<LoadDriver.Result> results, Duration startup, long idleRss,
                                String durability, long openTasks) {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format("Waypoint benchmark, %s, %s%n", Instant.now(), settings.smoke() ? "SMOKE scale" : "scale as configured"));
        out.append(String.format("%,d young people, %,d open tasks at the start, %,d historic tasks; %s; %d cores%n",
                settings.youngPeople(), openTasks, settings.historicTasks(), durability, Runtime.getRuntime().availableProcessors()));
        out.append(String.format("java -jar to ready: %.1f s; RSS when ready: %d MB; JVM options: %s; windows %d s after %s%n%n",
                startup.toMillis() / 1000.0, idleRss, String.join(" ", settings.jvmArgs()), settings.windowSeconds(), warmups(settings)));
        out.append(String.format("%-51s %4s %6s %9s %9s %9s %9s %7s %7s %7s %7s %7s%n", "operation", "c", "warm s", "ops/s", "p50 ms", "p95 ms",
                "p99 ms", "sql/op", "svc ms", "db ms", "RSS MB", "errors"));
        results.forEach(r -> out.append(row(r)).append('\n'));
        out.append(ratios(settings, results));
        return out.toString();
    }

    /** Starts and completions through REST as a share of the same through the engine's Java API in-process (issue 19: ≥ 0.85), for each ceiling. */
    private static String ratios(BenchSettings settings, List<LoadDriver.Result> results) {
        StringBuilder out = new StringBuilder();
        for (RawEngine.Ceiling ceiling : RawEngine.Ceiling.values()) {
            StringBuilder lines = new StringBuilder();
            for (String[] pair : List.of(new String[] {REST_START, ceiling.start()}, new String[] {REST_COMPLETE, ceiling.complete()})) {
                for (int concurrency : settings.concurrencies()) {
                    Optional<LoadDriver.Result> rest = result(results, pair[0], concurrency);
                    Optional<LoadDriver.Result> raw = result(results, pair[1], concurrency);
                    if (rest.isPresent() && raw.isPresent()) {
                        lines.append(String.format("%s ÷ %s, c=%d: %.2f (%.1f ÷ %.1f ops/s)%n", pair[0], pair[1], concurrency,
                                rest.get().perSecond() / raw.get().perSecond(), rest.get().perSecond(), raw.get().perSecond()));
                    }
                }
            }
            if (!lines.isEmpty()) {
                out.append("\nREST ÷ in-process raw ceiling (same models, same database server) on ").append(ceiling.where()).append(":\n").append(lines);
            }
        }
        return out.toString();
    }

    private static Optional<LoadDriver.Result> result(List<LoadDriver.Result> results, String operation, int concurrency) {
        return results.stream().filter(r -> r.operation().equals(operation) && r.concurrency() == concurrency).findFirst();
    }

    private static String tsv(List<LoadDriver.Result> results) {
        StringBuilder out = new StringBuilder("operation\tconcurrency\trequests\tseconds\twarmup_seconds\tops_per_s\tp50_ms\tp95_ms\tp99_ms\t"
                + "sql_per_request\tservice_cpu_ms_per_request\tdatabase_cpu_ms_per_request\tpeak_rss_mb\terrors\n");
        results.forEach(r -> out.append(String.format("%s\t%d\t%d\t%.2f\t%.1f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%d\t%d%n", r.operation(),
                r.concurrency(), r.requests(), r.seconds(), r.warmupSeconds(), r.perSecond(), r.p50(), r.p95(), r.p99(), r.statementsPerRequest(),
                r.serviceCpuPerRequest(), r.databaseCpuPerRequest(), r.peakRssMb(), r.errors())));
        return out.toString();
    }

    /** What the requests are about, read from the seeded database before measuring. */
    record Fixtures(List<String> workers, List<String> managers, List<String[]> youngPeople,
                    ConcurrentLinkedQueue<String[]> toStart, ConcurrentLinkedQueue<String[]> toComplete, long openTasks) {

        /** Staff signed in to the pages, once each (PageSessions): at most one a thread at the highest concurrency. */
        private static final int PAGE_STAFF = 16;

        /** Young people (id, social worker) of the first few social workers, for the staff page. */
        List<String[]> pageYoungPeople() {
            List<String> staff = youngPeople.stream().map(person -> person[1]).distinct().limit(PAGE_STAFF).toList();
            return youngPeople.stream().filter(person -> staff.contains(person[1])).toList();
        }

        static Fixtures load(BenchDatabase database) throws SQLException {
            try (Connection connection = database.connect()) {
                List<String> workers = column(connection, "select distinct assignee_ from act_ru_task where assignee_ like 'bench.t%' "
                        + "order by 1 limit 2000");
                List<String> managers = column(connection, "select username from waypoint.staff where username like 'bench.t%.m1'");
                List<String[]> youngPeople = pairs(connection, "select p.id, s.username from waypoint.young_person p "
                        + "join waypoint.allocation a on a.young_person_id = p.id and a.kind = 'SOCIAL_WORKER' and a.ended_on is null "
                        + "join waypoint.staff s on s.id = a.staff_id where p.local_id like 'BY%' order by p.local_id limit 5000");
                List<String[]> toStart = pairs(connection, "select p.id, (select min(s.username) from waypoint.staff s "
                        + "where s.team_id = p.team_id and s.role = 'MANAGER') from waypoint.young_person p where p.local_id like 'BR%' "
                        + "and not exists (select 1 from waypoint.transition t where t.young_person_id = p.id)");
                List<String[]> toComplete = pairs(connection, "select id_, assignee_ from act_ru_task where task_def_key_ = 'Task_AssessNeeds' "
                        + "and assignee_ like 'bench.t%'");
                Collections.shuffle(toComplete);
                long open = column(connection, "select count(*)::text from act_ru_task").stream().mapToLong(Long::parseLong).sum();
                if (workers.isEmpty() || managers.isEmpty() || youngPeople.isEmpty()) {
                    throw new IllegalStateException("the seeded data has no workers with tasks, managers or young people");
                }
                return new Fixtures(workers, managers, youngPeople, new ConcurrentLinkedQueue<>(toStart),
                        new ConcurrentLinkedQueue<>(toComplete), open);
            }
        }

        private static List<String> column(Connection connection, String sql) throws SQLException {
            List<String> values = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        }

        private static List<String[]> pairs(Connection connection, String sql) throws SQLException {
            List<String[]> values = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            return values;
        }
    }
}
