package app.waypoint.bench;

import java.io.IOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The escalation burst (issue 19): {@code burstTasks} open tasks fall due at the same minute while two replicas of the service
 * share the database, and each must be escalated exactly once. "Falling due" is done in the database, as
 * {@code EscalationClusterIT} moves time: since V88 a task's chain is one timer job ({@code escalation_chain.job_id}); the
 * burst puts each chosen chain at its overdue step (the team manager's rung, as when the reminder has gone) due at the next
 * whole minute, London time, as the engine writes its times. Then both replicas' job executors race for the jobs, and the
 * escalations are counted from Waypoint's own records ({@code waypoint.escalation}, one row per chain and rung).
 */
final class EscalationBurst {

    static final String NAME = "escalation burst";
    /** Open tasks whose chain has not escalated: its job still waits at the reminder or the overdue step, and no escalation names the task. */
    static final String ELIGIBLE = "select c.task_id, c.job_id from waypoint.escalation_chain c join act_ru_job j on j.id_ = c.job_id "
            + "where j.handler_type_ = 'escalation-step' and split_part(j.handler_cfg_, ' ', 1) in ('REMINDER', 'TEAM_MANAGER') "
            + "and j.lock_owner_ is null and not exists (select 1 from waypoint.escalation e where e.task_id = c.task_id)";
    /** The step's first word is its kind (ChainStep.text()): the overdue step raises the team manager's rung. */
    private static final String FALL_DUE = "update act_ru_job j set duedate_ = ?, rev_ = j.rev_ + 1, "
            + "handler_cfg_ = 'TEAM_MANAGER' || substr(j.handler_cfg_, strpos(j.handler_cfg_, ' ')) "
            + "from (" + ELIGIBLE + " limit ?) chosen where j.id_ = chosen.job_id and j.lock_owner_ is null returning chosen.task_id";
    private static final String RAISED = "select count(distinct task_id), count(*), max(raised_at) from waypoint.escalation "
            + "where stage = 'TEAM_MANAGER' and task_id = any(?)";
    private static final Pattern RAISED_IN_LOG = Pattern.compile("Escalated task (\\S+) \\(chain [^)]*\\) to TEAM_MANAGER");
    private static final ZoneId ENGINE_ZONE = ZoneId.of("Europe/London");
    /** How long to wait with no new escalation before counting the rest as lost (a job executor idles up to 30 s between looks). */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /**
     * How often the count is read, on one connection: the count of a burst's 10,000 tasks takes about 35 ms of the database's
     * time, which the replicas share (read each second, 6 s of a burst's database time, pg_stat_statements). The time measured
     * is the last escalation's own, so this only decides when to stop.
     */
    private static final long POLL_MILLIS = 5000;

    /** What the burst did: escalations raised of {@code tasks} expected, the time from the due minute to the last, and memory. */
    record Result(int tasks, long raised, long duplicates, double seconds, Map<String, Long> raisedByReplica, long peakRssA, long peakRssB) {

        long lost() {
            return tasks - raised;
        }

        static String header() {
            return String.format("%-46s %7s %9s %7s %10s %5s %9s %7s %7s  %s%n", "escalation burst (2 replicas, 1 database)", "tasks",
                    "expected", "raised", "duplicates", "lost", "seconds", "RSS A", "RSS B", "raised by");
        }

        String row() {
            return String.format("%-46s %7d %9d %7d %10d %5d %9.1f %7d %7d  %s", "due at the same minute", tasks, tasks, raised,
                    duplicates, lost(), seconds, peakRssA, peakRssB, raisedByReplica);
        }

        String tsv() {
            return String.format("tasks\texpected\traised\tduplicates\tlost\tseconds\tpeak_rss_a_mb\tpeak_rss_b_mb%n%d\t%d\t%d\t%d\t%d\t%.2f\t%d\t%d%n",
                    tasks, tasks, raised, duplicates, lost(), seconds, peakRssA, peakRssB);
        }
    }

    private EscalationBurst() {
    }

    static Result run(BenchSettings settings, BenchDatabase database, WaypointService a, WaypointService b) throws Exception {
        warmUp(settings, database);
        LocalDateTime dueMinute = LocalDateTime.now(ENGINE_ZONE).plusSeconds(5).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        Instant due = dueMinute.atZone(ENGINE_ZONE).toInstant();
        List<String> tasks = fallDue(database, dueMinute, settings.burstTasks());
        Seeder.log("%s: %,d tasks fall due at %s (London), both replicas running", NAME, tasks.size(), dueMinute);
        long[] peaks = {a.residentMegabytes(), b.residentMegabytes()};
        Raised raised = awaitAll(database, tasks, due, () -> {
            peaks[0] = Math.max(peaks[0], a.residentMegabytes());
            peaks[1] = Math.max(peaks[1], b.residentMegabytes());
        });
        double seconds = raised.last() == null ? Double.NaN : Duration.between(due, raised.last()).toMillis() / 1000.0;
        return new Result(tasks.size(), raised.tasks(), raised.rows() - raised.tasks(), seconds,
                raisedByReplica(List.of(a, b), Set.copyOf(tasks)), peaks[0], peaks[1]);
    }

    /**
     * A smaller burst first, due at once and not timed ({@code bench.burstWarmupTasks}): as the operations' first warm-up
     * (README "Benchmark"), so that the timed burst measures replicas whose escalation path the JIT has compiled, as a
     * service in use has run escalation steps every day. Its own time, the cold replicas', is logged.
     */
    private static void warmUp(BenchSettings settings, BenchDatabase database) throws Exception {
        if (settings.burstWarmupTasks() == 0) {
            return;
        }
        LocalDateTime now = LocalDateTime.now(ENGINE_ZONE);
        List<String> tasks = fallDue(database, now, settings.burstWarmupTasks());
        Raised raised = awaitAll(database, tasks, now.atZone(ENGINE_ZONE).toInstant(), () -> { });
        Seeder.log("%s warm-up (untimed): %,d tasks due at once, %,d escalated in %.1f s by the cold replicas", NAME, tasks.size(),
                raised.tasks(), raised.last() == null ? Double.NaN : Duration.between(now.atZone(ENGINE_ZONE).toInstant(), raised.last()).toMillis() / 1000.0);
        if (raised.tasks() < tasks.size() || raised.rows() > raised.tasks()) {
            throw new IllegalStateException("the escalation burst's warm-up raised " + raised.tasks() + " of " + tasks.size()
                    + " escalations, " + (raised.rows() - raised.tasks()) + " duplicated");
        }
    }

    /** Puts up to {@code count} eligible chains at their overdue step, due at {@code at} (London time); returns their tasks. */
    private static List<String> fallDue(BenchDatabase database, LocalDateTime at, int count) throws SQLException {
        List<String> tasks = new ArrayList<>();
        try (Connection connection = database.connect(); PreparedStatement fallDue = connection.prepareStatement(FALL_DUE)) {
            fallDue.setObject(1, at);
            fallDue.setInt(2, count);
            try (ResultSet chosen = fallDue.executeQuery()) {
                while (chosen.next()) {
                    tasks.add(chosen.getString(1));
                }
            }
        }
        return tasks;
    }

    /** Reads the count every few seconds until every task is escalated, or none has been for {@code PATIENCE}. */
    private static Raised awaitAll(BenchDatabase database, List<String> tasks, Instant due, Runnable onEachLook) throws Exception {
        try (Connection connection = database.connect(); PreparedStatement query = connection.prepareStatement(RAISED)) {
            query.setArray(1, array(connection, tasks));
            Raised raised = raised(query);
            Instant lastProgress = due;
            while (raised.tasks() < tasks.size() && Duration.between(lastProgress, Instant.now()).compareTo(PATIENCE) < 0) {
                Thread.sleep(POLL_MILLIS);
                onEachLook.run();
                Raised now = raised(query);
                if (now.tasks() > raised.tasks()) {
                    lastProgress = Instant.now();
                }
                raised = now;
            }
            return raised;
        }
    }

    /** Tasks escalated to their team manager, escalation rows, and when the last was raised. */
    private record Raised(long tasks, long rows, Instant last) {
    }

    private static Raised raised(PreparedStatement query) throws SQLException {
        try (ResultSet row = query.executeQuery()) {
            row.next();
            OffsetDateTime last = row.getObject(3, OffsetDateTime.class);
            return new Raised(row.getLong(1), row.getLong(2), last == null ? null : last.toInstant());
        }
    }

    /**
     * How many of the burst's escalations each replica raised, from its log ("Escalated task … to TEAM_MANAGER", written by
     * EscalationService): the engine keeps no job log of a chain's steps (CaseworkHistory). The race decides; not judged.
     */
    private static Map<String, Long> raisedByReplica(List<WaypointService> replicas, Set<String> tasks) throws IOException {
        Map<String, Long> byReplica = new TreeMap<>();
        for (WaypointService replica : replicas) {
            byReplica.put(replica.name(), replica.logLines().stream().map(RAISED_IN_LOG::matcher).filter(Matcher::find)
                    .filter(line -> tasks.contains(line.group(1))).count());
        }
        return byReplica;
    }

    private static Array array(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("varchar", values.toArray());
    }
}
