package app.waypoint.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
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
    private static final String SIGN_OFF = "insert into waypoint.pathway_plan (id, young_person_id, version, status, created_at, created_by,"
            + " updated_at, updated_by, signed_off_at, signed_off_by, oversight_note)"
            + " select gen_random_uuid(), yp.id, 1, 'SIGNED_OFF', ?, 'bench', ?, 'bench', ?, 'bench', 'Imported with the council''s plans'"
            + " from waypoint.young_person yp where yp.local_id like 'BY%'"
            + " and not exists (select 1 from waypoint.pathway_plan p where p.young_person_id = yp.id)"
            + " and not exists (select 1 from waypoint.pathway_review r where r.young_person_id = yp.id)"
            + " order by yp.date_of_birth desc, yp.id limit ? returning young_person_id";
    private static final String STARTED = "select count(*), count(distinct young_person_id), max(started_at) from waypoint.pathway_review"
            + " where started_by = ? and young_person_id = any(?)";

    private NightlyReviewScan() {
    }

    static ScanResult run(BenchSettings settings, BenchDatabase database, WaypointService service) throws Exception {
        try (Connection connection = database.connect()) {
            ScanTimer timer = new ScanTimer(connection, SCAN_PROCESS);
            timer.await(Duration.ofMinutes(5), () -> { });
            List<String> due = signOffSixMonthsAgo(connection, settings.scanReviews());
            Seeder.log("%s: %,d young people with a plan signed off six months ago; the scan's timer made due", NAME, due.size());
            ScanTimer.Run run = timer.run(service);
            LocalDateTime now = run.due();
            Started started = started(connection, due);
            double seconds = started.last() == null ? Double.NaN
                    : Duration.between(now.atZone(ScanTimer.ENGINE_ZONE).toInstant(), started.last()).toMillis() / 1000.0;
            ScanResult result = new ScanResult("six-monthly reviews due at once", due.size(), started.reviews(), started.youngPeople(), seconds,
                    run.peakRss(), run.failure());
            Seeder.log("%s", result.row());
            return result;
        }
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
