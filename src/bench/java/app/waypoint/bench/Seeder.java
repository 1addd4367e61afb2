package app.waypoint.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads the benchmark's council once and keeps it (never timed):
 * <ul>
 *   <li>our tables by COPY: teams of {@code teamSize} young people and {@code workersPerTeam} workers, two managers and an IRO
 *   each, the escalation chain above every team (a service manager, a head of service, a director), each young person in
 *   care with a social worker and an IRO allocated;</li>
 *   <li>open tasks through the service itself: a leaving-care transition started over REST for {@code openTasks / 2} young
 *   people (each opens "Appoint personal adviser" and "Assess needs", both with due dates, so each also starts its
 *   escalation chain with its timers), the only way to real engine state without the engine in this process;</li>
 *   <li>completed history by COPY into the engine's history tables ({@code ACT_HI_PROCINST}, {@code ACT_HI_TASKINST}):
 *   finished transitions with ten completed tasks each, {@code historicTasks} in all;</li>
 *   <li>young people in care with no transition yet, for the start measurements ({@code startReserve}), topped up each run;</li>
 *   <li>open tasks not yet escalated for the escalation burst ({@code burstTasks}), topped up when a run has used them;</li>
 *   <li>then settled ({@link #settle}): statuses worked out, vacuumed and analysed, as a running council's database is.</li>
 * </ul>
 * Every step counts what is there first, so a second run seeds nothing (or only what a run used up).
 */
final class Seeder {

    /** Above every team, as head of service (the service view's widest manager but the director). */
    static final String HEAD_OF_SERVICE = "bench.head";
    private static final String ADMIN = "bench.admin";
    private static final int BATCH = 50_000;
    private static final String[] HISTORIC_STEPS = {"Task_AppointPersonalAdviser", "Task_AssessNeeds", "Task_WritePathwayPlan",
            "Task_DecideStayingPut", "Task_ApproveStayingPut", "Task_PrepareHealthSummary", "Task_TransferToPersonalAdviser",
            "Task_OfferSupportTo25", "Task_CloseTransition", "Task_AssessNeeds"};

    private final BenchSettings settings;
    private final BenchDatabase database;
    private final LocalDate today = LocalDate.now();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    Seeder(BenchSettings settings, BenchDatabase database) {
        this.settings = settings;
        this.database = database;
    }

    /** Our tables; needs the service to have run its Flyway migrations. */
    void seedPeople() throws SQLException, IOException {
        try (Connection connection = database.connect()) {
            long present = count(connection, "select count(*) from waypoint.young_person where local_id like 'BY%'");
            if (present > 0) {
                log("people: %,d young people already seeded (delete %s to seed another scale)", present, settings.dataDir());
                return;
            }
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder teams = new StringBuilder();
            StringBuilder staff = new StringBuilder();
            staffRow(staff, "bench.service", "MANAGER", null);
            staffRow(staff, HEAD_OF_SERVICE, "MANAGER", null);
            staffRow(staff, "bench.director", "MANAGER", null);
            staffRow(staff, ADMIN, "ADMIN", null);
            for (int t = 0; t < settings.teams(); t++) {
                teams.append(teamId(t)).append('\t').append("Bench team ").append(t).append('\n');
                staffRow(staff, manager(t), "MANAGER", teamId(t));
                staffRow(staff, "bench.t" + t + ".m2", "MANAGER", teamId(t));
                staffRow(staff, iro(t), "IRO", teamId(t));
                for (int w = 0; w < settings.workersPerTeam(); w++) {
                    staffRow(staff, worker(t, w), "WORKER", teamId(t));
                }
            }
            copy.copyIn("copy waypoint.team (id, name) from stdin", new StringReader(teams.toString()));
            copy.copyIn("copy waypoint.staff (id, username, display_name, email, role, team_id, newly_qualified, started_on) from stdin",
                    new StringReader(staff.toString()));
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("update waypoint.team set "
                        + "service_manager_id = (select id from waypoint.staff where username = 'bench.service'), "
                        + "head_of_service_id = (select id from waypoint.staff where username = '" + HEAD_OF_SERVICE + "'), "
                        + "director_id = (select id from waypoint.staff where username = 'bench.director') where name like 'Bench team %'");
            }
            // 15 years 9 to 11 months old: in the leaving-care age band, every due date of a transition still ahead
            youngPeople(copy, "BY", 0, settings.youngPeople(), 9, index -> index / settings.teamSize());
            connection.commit();
            log("people: %d teams, %,d staff, %,d young people with care episodes and allocations, in %s", settings.teams(),
                    4 + settings.teams() * (3 + settings.workersPerTeam()), settings.youngPeople(), since(started));
        }
    }

    /** Young people in care without a transition, spread over the teams, for the starts to open transitions for. */
    int topUpStartReserve() throws SQLException, IOException {
        try (Connection connection = database.connect()) {
            long unused = count(connection, "select count(*) from waypoint.young_person p where p.local_id like 'BR%' "
                    + "and not exists (select 1 from waypoint.transition t where t.young_person_id = p.id)");
            int existing = (int) count(connection, "select count(*) from waypoint.young_person where local_id like 'BR%'");
            int missing = settings.startReserve() - (int) unused;
            if (missing > 0) {
                connection.setAutoCommit(false);
                // 15 years 0 to 2 months old: months before the nightly eligibility scan would open their transitions (from 15
                // years 9 months, in care), which would use the reserve up before the starts do
                youngPeople(connection.unwrap(PGConnection.class).getCopyAPI(), "BR", existing, existing + missing, 0,
                        index -> index % settings.teams());
                connection.commit();
                log("start reserve: %,d young people added (%,d unused before)", missing, unused);
            }
            return Math.max(settings.startReserve(), (int) unused);
        }
    }

    /** Open tasks: transitions started through the service's API until {@code openTasks / 2} are open. */
    void seedOpenTasks(WaypointService service, BearerTokens tokens) throws Exception {
        List<String[]> toStart = new ArrayList<>();
        try (Connection connection = database.connect()) {
            long open = count(connection, "select count(*) from waypoint.transition t join waypoint.young_person p "
                    + "on p.id = t.young_person_id where p.local_id like 'BY%'");
            int missing = settings.transitions() - (int) open;
            if (missing <= 0) {
                log("open tasks: %,d transitions already started", open);
                return;
            }
            toStart = withoutTransition(connection, "BY", missing);
        }
        startTransitions(toStart, service, tokens, "open tasks");
    }

    /**
     * Tasks for the escalation burst: open tasks whose chains have not escalated yet ({@link EscalationBurst#ELIGIBLE}). A
     * burst escalates the tasks it takes, and they stay escalated; when fewer than {@code burstWarmupTasks} plus
     * {@code burstTasks} are left, young people (local ids BB…) are added and a transition started for each, two such tasks
     * apiece.
     */
    void topUpBurst(WaypointService service, BearerTokens tokens) throws Exception {
        List<String[]> toStart = new ArrayList<>();
        try (Connection connection = database.connect()) {
            long eligible = count(connection, "select count(*) from (" + EscalationBurst.ELIGIBLE + ") eligible");
            int needed = settings.burstWarmupTasks() + settings.burstTasks();
            int missing = (int) (needed - eligible);
            if (missing <= 0) {
                log("escalation burst: %,d open tasks not yet escalated, enough for %,d (its warm-up included)", eligible, needed);
                return;
            }
            int existing = (int) count(connection, "select count(*) from waypoint.young_person where local_id like 'BB%'");
            int people = (missing + 1) / 2;
            connection.setAutoCommit(false);
            youngPeople(connection.unwrap(PGConnection.class).getCopyAPI(), "BB", existing, existing + people, 9, index -> index % settings.teams());
            connection.commit();
            toStart = withoutTransition(connection, "BB", people);
            log("escalation burst: %,d open tasks not yet escalated, topping up with %,d young people", eligible, people);
        }
        startTransitions(toStart, service, tokens, "escalation burst");
    }

    /** Young people whose local id starts so and who have no transition yet, each with a manager of their team, by local id. */
    private static List<String[]> withoutTransition(Connection connection, String prefix, int limit) throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("select p.id, (select min(s.username) from waypoint.staff s "
                + "where s.team_id = p.team_id and s.role = 'MANAGER') from waypoint.young_person p where p.local_id like ? "
                + "and not exists (select 1 from waypoint.transition t where t.young_person_id = p.id) order by p.local_id limit ?")) {
            query.setString(1, prefix + "%");
            query.setInt(2, limit);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return found;
    }

    /** Starts a transition for each (young person id, manager) through the service's API, {@code seedThreads} at a time. */
    private void startTransitions(List<String[]> toStart, WaypointService service, BearerTokens tokens, String what) throws Exception {
        ConcurrentLinkedQueue<String[]> queue = new ConcurrentLinkedQueue<>(toStart);
        AtomicInteger done = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService threads = Executors.newFixedThreadPool(settings.seedThreads());
        List<Future<?>> workers = new ArrayList<>();
        for (int i = 0; i < settings.seedThreads(); i++) {
            workers.add(threads.submit(() -> {
                for (String[] next = queue.poll(); next != null; next = queue.poll()) {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(service.api("/api/young-people/" + next[0] + "/transition"))
                            .header("Authorization", tokens.bearer(next[1])).POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 201) {
                        throw new IllegalStateException("starting a transition answered " + answer.statusCode() + ": " + answer.body());
                    }
                    int count = done.incrementAndGet();
                    if (count % 5_000 == 0) {
                        log("%s: %,d of %,d transitions started (%.0f/s)", what, count, toStart.size(), count / seconds(started));
                    }
                }
                return null;
            }));
        }
        threads.shutdown();
        for (Future<?> worker : workers) {
            worker.get();
        }
        log("%s: %,d transitions started through REST (%,d tasks) in %s, %.0f starts/s at %d threads", what, toStart.size(),
                2 * toStart.size(), since(started), toStart.size() / seconds(started), settings.seedThreads());
    }

    /** Completed transitions and their tasks, by COPY into the engine's history tables. */
    void seedHistory() throws SQLException, IOException {
        try (Connection connection = database.connect()) {
            long present = count(connection, "select count(*) from act_hi_taskinst where id_ like 'bench-%'");
            if (present >= settings.historicTasks()) {
                log("history: %,d completed tasks already seeded", present);
                return;
            }
            if (present > 0) {
                throw new IllegalStateException("history partly seeded (" + present + " tasks): delete " + settings.dataDir());
            }
            String definition;
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "select id_ from act_re_procdef where key_ = 'LeavingCareTransitionProcess' order by version_ desc limit 1")) {
                rows.next();
                definition = rows.getString(1);
            }
            List<String[]> people = new ArrayList<>();
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "select p.id, s.username from waypoint.young_person p join waypoint.allocation a on a.young_person_id = p.id "
                            + "and a.kind = 'SOCIAL_WORKER' and a.ended_on is null join waypoint.staff s on s.id = a.staff_id "
                            + "where p.local_id like 'BY%' order by p.local_id")) {
                while (rows.next()) {
                    people.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            long started = System.nanoTime();
            connection.setAutoCommit(false);
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            int instances = (settings.historicTasks() + HISTORIC_STEPS.length - 1) / HISTORIC_STEPS.length;
            StringBuilder processes = new StringBuilder();
            StringBuilder tasks = new StringBuilder();
            int task = 0;
            for (int i = 0; i < instances; i++) {
                String[] person = people.get(i % people.size());
                String instance = "bench-pi-" + i;
                LocalDateTime start = today.minusYears(3).atTime(9, 0).plusMinutes(i % 500_000);
                LocalDateTime end = start.plusDays(300);
                processes.append(instance).append('\t').append(instance).append('\t').append(person[0])
                        .append("\tLeavingCareTransitionProcess\t").append(definition).append('\t').append(start).append('\t')
                        .append(end).append('\t').append(Duration.between(start, end).toMillis())
                        .append("\tStartEvent_TransitionOpened\tEndEvent_TransitionClosed\t").append(instance).append("\tCOMPLETED\n");
                for (int step = 0; step < HISTORIC_STEPS.length && task < settings.historicTasks(); step++, task++) {
                    LocalDateTime taskStart = start.plusDays(step * 30L);
                    LocalDateTime taskEnd = taskStart.plusDays(12);
                    tasks.append("bench-t-").append(task).append('\t').append(HISTORIC_STEPS[step])
                            .append("\tLeavingCareTransitionProcess\t").append(definition).append('\t').append(instance).append('\t')
                            .append(instance).append('\t').append(instance).append('\t').append(HISTORIC_STEPS[step]).append(':')
                            .append(task).append('\t').append(HISTORIC_STEPS[step].substring(5)).append('\t').append(person[1])
                            .append('\t').append(taskStart).append('\t').append(taskEnd).append('\t')
                            .append(Duration.between(taskStart, taskEnd).toMillis()).append("\tcompleted\t50\t")
                            .append(taskStart.plusDays(20)).append("\tCompleted\n");
                }
                if (tasks.length() > BATCH * 200 || i == instances - 1) {
                    copy.copyIn("copy act_hi_procinst (id_, proc_inst_id_, business_key_, proc_def_key_, proc_def_id_, start_time_, "
                            + "end_time_, duration_, start_act_id_, end_act_id_, root_proc_inst_id_, state_) from stdin",
                            new StringReader(processes.toString()));
                    copy.copyIn("copy act_hi_taskinst (id_, task_def_key_, proc_def_key_, proc_def_id_, root_proc_inst_id_, "
                            + "proc_inst_id_, execution_id_, act_inst_id_, name_, assignee_, start_time_, end_time_, duration_, "
                            + "delete_reason_, priority_, due_date_, task_state_) from stdin", new StringReader(tasks.toString()));
                    processes.setLength(0);
                    tasks.setLength(0);
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("analyze act_hi_procinst");
                statement.execute("analyze act_hi_taskinst");
            }
            log("history: %,d completed transitions with %,d completed tasks, in %s", instances, task, since(started));
        }
    }

    /**
     * Leaves the council as a running service would have it a while after a load, so that no run pays for the load itself.
     * First every stored status is worked out: an administrator's young people list brings those of everyone it may see up to
     * date (CaseloadService), as the service's hourly refresh would (the start reserve's young people come without one, and
     * each run used to write 20,000 of them in its first minute, leaving as many dead rows behind). Then {@code VACUUM
     * (ANALYZE)}: planner statistics, and the visibility map and the rows' hint bits set, which autovacuum leaves undone
     * after a load of inserts (the young people's table was a sixth all-visible in session 19's copy; vacuumed, the young
     * people list served 500 pages a second at c=4 against 350).
     */
    void settle(WaypointService service, BearerTokens tokens) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(service.api("/api/young-people?size=1"))
                .header("Authorization", tokens.bearer(ADMIN)).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("the administrator's young people list answered " + answer.statusCode() + ": " + answer.body());
        }
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("vacuum (analyze)");
        }
        log("settled: every stored status worked out, then vacuumed and analysed, in %s", since(started));
    }

    /** Young people {@code from} to {@code to} (excluded), each 15 years and {@code months} to {@code months + 2} months old. */
    private void youngPeople(CopyManager copy, String prefix, int from, int to, int months, java.util.function.IntUnaryOperator teamOf)
            throws SQLException, IOException {
        for (int batchStart = from; batchStart < to; batchStart += BATCH) {
            int batchEnd = Math.min(to, batchStart + BATCH);
            StringBuilder people = new StringBuilder();
            StringBuilder episodes = new StringBuilder();
            StringBuilder allocations = new StringBuilder();
            for (int i = batchStart; i < batchEnd; i++) {
                UUID id = id(prefix + "-young-person-" + i);
                int team = teamOf.applyAsInt(i);
                LocalDate born = today.minusYears(15).minusMonths(months).minusDays(i % 60);
                people.append(id).append('\t').append(prefix).append(String.format("%07d", i)).append('\t').append(given(i))
                        .append('\t').append(family(i)).append('\t').append(born).append('\t').append(teamId(team)).append('\t')
                        .append(i % 3 == 0 ? 't' : 'f').append('\t').append(LocalDateTime.now()).append("+00\n");
                episodes.append(id(prefix + "-episode-" + i)).append('\t').append(id).append('\t').append(today.minusYears(3))
                        .append("\tCARE_ORDER\n");
                allocations.append(id(prefix + "-sw-" + i)).append('\t').append(id).append('\t')
                        .append(id(worker(team, i % settings.workersPerTeam()))).append("\tSOCIAL_WORKER\t").append(today.minusYears(1))
                        .append("\tbench\n");
                allocations.append(id(prefix + "-iro-" + i)).append('\t').append(id).append('\t').append(id(iro(team)))
                        .append("\tIRO\t").append(today.minusYears(1)).append("\tbench\n");
            }
            copy.copyIn("copy waypoint.young_person (id, local_id, given_name, family_name, date_of_birth, team_id, foster_placement, "
                    + "created_at) from stdin", new StringReader(people.toString()));
            copy.copyIn("copy waypoint.care_episode (id, young_person_id, start_date, legal_basis) from stdin",
                    new StringReader(episodes.toString()));
            copy.copyIn("copy waypoint.allocation (id, young_person_id, staff_id, kind, started_on, allocated_by) from stdin",
                    new StringReader(allocations.toString()));
        }
    }

    private void staffRow(StringBuilder rows, String username, String role, UUID team) {
        rows.append(id(username)).append('\t').append(username).append('\t').append("Bench ").append(username).append('\t')
                .append(username).append("@bench.invalid\t").append(role).append('\t').append(team == null ? "\\N" : team.toString())
                .append("\tf\t").append(today.minusYears(2)).append('\n');
    }

    static String manager(int team) {
        return "bench.t" + team + ".m1";
    }

    static String worker(int team, int worker) {
        return "bench.t" + team + ".w" + worker;
    }

    private static String iro(int team) {
        return "bench.t" + team + ".iro";
    }

    static UUID teamId(int team) {
        return id("bench-team-" + team);
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String given(int i) {
        String[] names = {"Amira", "Jordan", "Kai", "Ruby", "Theo", "Leah", "Tyler", "Mohammed", "Chloe", "Ellie", "Dan", "Maya"};
        return names[i % names.length];
    }

    private static String family(int i) {
        String[] names = {"Khan", "Lee", "Morgan", "Shaw", "Price", "Brooks", "Grant", "Ahmadi", "Evans", "Ward", "Cole", "Patel", "Jones"};
        return names[(i / 12) % names.length];
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static double seconds(long since) {
        return Math.max(1e-9, (System.nanoTime() - since) / 1e9);
    }

    static String since(long started) {
        return String.format("%.1f s", seconds(started));
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}
