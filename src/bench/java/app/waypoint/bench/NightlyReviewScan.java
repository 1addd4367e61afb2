package app.waypoint.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A nightly scan at scale (issue 19, README "Benchmark" step 6): the first night after a council's signed-off pathway plans were
 * imported. {@code bench.scanReviews} young people of the seeded council (the youngest, so that none is yet on the looked-after
 * review timetable) get a plan signed off six months ago, so that the six-monthly review of each is due at once; then the
 * pathway review scan's own timer is made due now, and the service's job executor runs it as it would at 01:30. Measured: the
 * reviews the scan started of those due, the seconds from the timer's due time to the last one's start, reviews per second,
 * and the service's peak RSS meanwhile. Before session 16 the scan started every review inside its one job's transaction.
 */
final class NightlyReviewScan {

    static final String NAME = "nightly review scan";
    private static final String SCAN_PROCESS = "PathwayReviewScanProcess";
    private static final String SCANNER = "pathway-review-scan";
    private static final ZoneId ENGINE_ZONE = ZoneId.of("Europe/London");
    private static final String SIGN_OFF = "insert into waypoint.pathway_plan (id, young_person_id, version, status, created_at, created_by,"
            + " updated_at, updated_by, signed_off_at, signed_off_by, oversight_note)"
            + " select gen_random_uuid(), yp.id, 1, 'SIGNED_OFF', ?, 'bench', ?, 'bench', ?, 'bench', 'Imported with the council''s plans'"
            + " from waypoint.young_person yp where yp.local_id like 'BY%'"
            + " and not exists (select 1 from waypoint.pathway_plan p where p.young_person_id = yp.id)"
            + " and not exists (select 1 from waypoint.pathway_review r where r.young_person_id = yp.id)"
            + " order by yp.date_of_birth desc, yp.id limit ? returning young_person_id";
    /** The scan's timer (a timer start event's job), due now: the engine writes London times. */
    private static final String DUE_NOW = "update act_ru_job set duedate_ = ?, rev_ = rev_ + 1 where handler_type_ = 'timer-start-event'"
            + " and process_def_key_ = ?";
    private static final String STARTED = "select count(*), count(distinct young_person_id), max(started_at) from waypoint.pathway_review"
            + " where started_by = ? and young_person_id = any(?)";
    /** Still to run, or running: the timer's job is due; once it has run, the next one is due tomorrow. A failure keeps its message. */
    private static final String SCAN_JOB = "select count(*) filter (where duedate_ <= ?), max(exception_msg_) from act_ru_job"
            + " where handler_type_ = 'timer-start-event' and process_def_key_ = ?";
    private static final long POLL_MILLIS = 2000;
    private static final Duration LIMIT = Duration.ofMinutes(30);

    /** What the scan did: reviews started of those due, for how many young people, how long, and the service's peak RSS. */
    record Result(int due, long started, long youngPeople, double seconds, long peakRss, String failure) {

        static String header() {
            return String.format("%-46s %7s %8s %10s %9s %7s  %s%n", "nightly pathway review scan (1 replica)", "due", "started",
                    "duplicates", "seconds", "RSS", "reviews/s");
        }

        String row() {
            return String.format("%-46s %7d %8d %10d %9.1f %7d  %.1f%s", "six-monthly reviews due at once", due, started, started - youngPeople,
                    seconds, peakRss, started / seconds, failure == null ? "" : "  job failed: " + failure);
        }

        String tsv() {
            return String.format("due\tstarted\tduplicates\tseconds\tpeak_rss_mb%n%d\t%d\t%d\t%.2f\t%d%n", due, started, started - youngPeople, seconds, peakRss);
        }

        boolean complete() {
            return failure == null && started == due && youngPeople == due;
        }
    }

    private NightlyReviewScan() {
    }

    static Result run(BenchSettings settings, BenchDatabase database, WaypointService service) throws Exception {
        try (Connection connection = database.connect()) {
            // a service started on data seeded the day before runs every nightly scan as it starts (their timers are past due)
            awaitScan(connection, Duration.ofMinutes(5), () -> { });
            List<String> due = signOffSixMonthsAgo(connection, settings.scanReviews());
            LocalDateTime now = LocalDateTime.now(ENGINE_ZONE);
            try (PreparedStatement dueNow = connection.prepareStatement(DUE_NOW)) {
                dueNow.setObject(1, now);
                dueNow.setString(2, SCAN_PROCESS);
                if (dueNow.executeUpdate() == 0) {
                    throw new IllegalStateException("no timer of " + SCAN_PROCESS + " to make due");
                }
            }
            Seeder.log("%s: %,d young people with a plan signed off six months ago; the scan's timer due at %s (London)", NAME, due.size(), now);
            long[] peak = {service.residentMegabytes()};
            String failure = awaitScan(connection, LIMIT, () -> peak[0] = Math.max(peak[0], service.residentMegabytes()));
            Started started = started(connection, due);
            double seconds = started.last() == null ? Double.NaN : Duration.between(now.atZone(ENGINE_ZONE).toInstant(), started.last()).toMillis() / 1000.0;
            return new Result(due.size(), started.reviews(), started.youngPeople(), seconds, peak[0], failure);
        }
    }

    /**
     * Waits until the scan's timer is neither due nor held (it has run, and the next one is due tomorrow), its job fails, or the
     * limit passes; returns the failure's message, if any.
     */
    private static String awaitScan(Connection connection, Duration limit, Runnable onEachLook) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            ScanJob job = scanJob(connection);
            if (job.done() || job.failure() != null) {
                return job.failure();
            }
            Thread.sleep(POLL_MILLIS);
            onEachLook.run();
        }
        throw new IllegalStateException("the " + NAME + " had not ended after " + limit.toMinutes() + " minutes");
    }

    /** Gives the youngest young people of the council with no plan or review yet a plan signed off six months and a day ago. */
    private static List<String> signOffSixMonthsAgo(Connection connection, int count) throws SQLException {
        OffsetDateTime signedOff = OffsetDateTime.now().minusMonths(6).minusDays(1);
        List<String> ids = new ArrayList<>();
        try (PreparedStatement signOff = connection.prepareStatement(SIGN_OFF)) {
            signOff.setObject(1, signedOff);
            signOff.setObject(2, signedOff);
            signOff.setObject(3, signedOff);
            signOff.setInt(4, count);
            try (ResultSet rows = signOff.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private record ScanJob(boolean done, String failure) {
    }

    private static ScanJob scanJob(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(SCAN_JOB)) {
            query.setObject(1, LocalDateTime.now(ENGINE_ZONE));
            query.setString(2, SCAN_PROCESS);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return new ScanJob(row.getLong(1) == 0, row.getString(2));
            }
        }
    }

    private record Started(long reviews, long youngPeople, Instant last) {
    }

    private static Started started(Connection connection, List<String> youngPeople) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(STARTED)) {
            query.setString(1, SCANNER);
            query.setArray(2, connection.createArrayOf("uuid", youngPeople.toArray()));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                OffsetDateTime last = row.getObject(3, OffsetDateTime.class);
                return new Started(row.getLong(1), row.getLong(2), last == null ? null : last.toInstant());
            }
        }
    }
}
