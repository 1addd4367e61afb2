package app.waypoint.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * A nightly scan's timer (its process's timer start event), made due now so that the service's job executor runs the scan as it
 * would in the night, and waited for. A service started on data seeded the day before runs every nightly scan as it starts
 * (their timers are past due), so a step waits for that first.
 */
final class ScanTimer {

    /** The engine writes London times. */
    static final ZoneId ENGINE_ZONE = ZoneId.of("Europe/London");
    private static final String DUE_NOW = "update act_ru_job set duedate_ = ?, rev_ = rev_ + 1 where handler_type_ = 'timer-start-event'"
            + " and process_def_key_ = ?";
    /**
     * Still to run, or running: the timer's job is due (once it has run, the next one is due tomorrow), or a pass of the scan is
     * (each pass is a job of the scan's process, README "The nightly scans in passes"). A failure keeps its message.
     */
    private static final String SCAN_JOBS = "select count(*) filter (where handler_type_ <> 'timer-start-event' or duedate_ <= ?), max(exception_msg_)"
            + " from act_ru_job where process_def_key_ = ?";
    /** The scan's jobs that failed (a failure retried at once, and so gone from the job's row, is kept here). */
    private static final String FAILURES = "select count(*), min(job_exception_msg_) from act_hi_job_log where process_def_key_ = ? and job_state_ = 1"
            + " and timestamp_ >= ?";
    private static final long POLL_MILLIS = 2000;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(30);

    private final Connection connection;
    private final String processKey;

    ScanTimer(Connection connection, String processKey) {
        this.connection = connection;
        this.processKey = processKey;
    }

    /** Makes the scan's timer due now; returns that time (London). */
    private LocalDateTime dueNow() throws SQLException {
        LocalDateTime now = LocalDateTime.now(ENGINE_ZONE);
        try (PreparedStatement dueNow = connection.prepareStatement(DUE_NOW)) {
            dueNow.setObject(1, now);
            dueNow.setString(2, processKey);
            if (dueNow.executeUpdate() == 0) {
                throw new IllegalStateException("no timer of " + processKey + " to make due");
            }
        }
        return now;
    }

    /**
     * Runs the scan: makes its timer due now and waits for it ({@link #await}, up to 30 minutes); returns when it was made due,
     * the service's peak RSS meanwhile, and the failures of its jobs (each failed attempt, also one retried and done since), if any.
     */
    Run run(WaypointService service) throws Exception {
        LocalDateTime due = dueNow();
        long[] peak = {service.residentMegabytes()};
        String failure = await(RUN_LIMIT, () -> peak[0] = Math.max(peak[0], service.residentMegabytes()));
        try (PreparedStatement query = connection.prepareStatement(FAILURES)) {
            query.setString(1, processKey);
            query.setObject(2, due);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long failed = row.getLong(1);
                return new Run(due, peak[0], failed == 0 ? failure : failed + " failed attempt(s), the first: " + row.getString(2));
            }
        }
    }

    /** A scan run: when its timer was made due (London), the service's peak RSS meanwhile, and its jobs' failures, if any. */
    record Run(LocalDateTime due, long peakRss, String failure) {
    }

    /**
     * Waits until the timer is neither due nor held and no pass is left (the scan has run, and the next one is due tomorrow), a job
     * of the scan fails, or the limit passes; returns the failure's message, if any.
     */
    String await(Duration limit, Runnable onEachLook) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (PreparedStatement query = connection.prepareStatement(SCAN_JOBS)) {
                query.setObject(1, LocalDateTime.now(ENGINE_ZONE));
                query.setString(2, processKey);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    if (row.getLong(1) == 0 || row.getString(2) != null) {
                        return row.getString(2);
                    }
                }
            }
            Thread.sleep(POLL_MILLIS);
            onEachLook.run();
        }
        throw new IllegalStateException("the scan " + processKey + " had not ended after " + limit.toMinutes() + " minutes");
    }
}
