package app.waypoint.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The nightly scans of the work between visits at scale (README "Benchmark" step 6): the first night after a council's care
 * leavers were imported. {@code bench.scanCareLeavers} care leavers aged 19 to 23 (in care from 14 to 18, so former relevant, each
 * with a personal adviser, none contacted yet) are added to the seeded council; then the contact timetable scan's timer is made
 * due, which should start one contact timetable for each; then the lost-touch scan's, which should start one lost-touch workflow
 * for each (no contact made in the configured days); then the contact timetable scan once more, as the next night, which checks
 * every running timetable and should start none. Measured for each: processes started of those due, for how many young
 * people, the seconds from the timer's due time to the last start (the next night: to the scan's end), and the service's
 * peak RSS meanwhile.
 */
final class NightlyContactScans {

    static final String NAME = "nightly contact scans";
    private static final String PREFIX = "BL";
    private static final String TIMETABLE = "ContactTimetableProcess";
    private static final String STARTED = "select count(*), count(distinct business_key_), max(start_time_) from act_hi_procinst"
            + " where proc_def_key_ = ? and business_key_ = any(?) and start_time_ >= ?";

    private NightlyContactScans() {
    }

    static List<ScanResult> run(BenchSettings settings, BenchDatabase database, WaypointService service) throws Exception {
        try (Connection connection = database.connect()) {
            ScanTimer timetableScan = new ScanTimer(connection, "ContactTimetableScanProcess");
            ScanTimer lostTouchScan = new ScanTimer(connection, "LostTouchScanProcess");
            timetableScan.await(Duration.ofMinutes(5), () -> { });
            lostTouchScan.await(Duration.ofMinutes(5), () -> { });
            List<String> careLeavers = addCareLeavers(connection, settings);
            Seeder.log("%s: %,d care leavers added, none with a contact timetable or a contact", NAME, careLeavers.size());
            List<ScanResult> results = new ArrayList<>();
            int count = careLeavers.size();
            results.add(scan(timetableScan, "contact timetables to start at once", TIMETABLE, careLeavers, count, connection, service));
            results.add(scan(lostTouchScan, "care leavers not in touch at once", "LostTouchProcess", careLeavers, count, connection, service));
            // the next night: every timetable started runs, and each is checked (its duty may have ended); none is due to start
            results.add(scan(timetableScan, String.format("next night: %,d running checked", count), TIMETABLE, careLeavers, 0, connection, service));
            return results;
        }
    }

    /**
     * Runs a scan and counts the processes it started for these young people: {@code due} of them are due one. The seconds are
     * from the timer's due time to the last start; when none was due (the next night) or none started, to the end of the scan's
     * last pass (seen within {@link ScanTimer}'s look every 2 s).
     */
    private static ScanResult scan(ScanTimer timer, String what, String processKey, List<String> youngPeople, int due, Connection connection,
                                   WaypointService service) throws Exception {
        Seeder.log("%s: the timer of the scan starting %s made due", NAME, processKey);
        long began = System.nanoTime();
        ScanTimer.Run run = timer.run(service);
        double toEnd = (System.nanoTime() - began) / 1e9;
        try (PreparedStatement query = connection.prepareStatement(STARTED)) {
            query.setString(1, processKey);
            query.setArray(2, connection.createArrayOf("varchar", youngPeople.toArray()));
            query.setObject(3, run.due());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp last = row.getTimestamp(3);
                double seconds = due == 0 || last == null ? toEnd : Duration.between(run.due(), last.toLocalDateTime()).toMillis() / 1000.0;
                ScanResult result = new ScanResult(what, due, row.getLong(1), row.getLong(2), seconds, run.peakRss(), run.failure());
                Seeder.log("%s", result.row());
                return result;
            }
        }
    }

    /** Care leavers across the council's teams, each with their care from 14 to 18 and a personal adviser of their team since 18. */
    private static List<String> addCareLeavers(Connection connection, BenchSettings settings) throws SQLException, IOException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        LocalDate today = LocalDate.now(ScanTimer.ENGINE_ZONE);
        List<String> ids = new ArrayList<>();
        StringBuilder people = new StringBuilder();
        StringBuilder episodes = new StringBuilder();
        StringBuilder advisers = new StringBuilder();
        for (int i = 0; i < settings.scanCareLeavers(); i++) {
            UUID id = Seeder.id(PREFIX + "-young-person-" + i);
            int team = i % settings.teams();
            LocalDate born = today.minusYears(19).minusDays(i % 1500);
            people.append(id).append('\t').append(PREFIX).append(String.format("%07d", i)).append("\tCare\tLeaver ").append(i).append('\t')
                    .append(born).append('\t').append(Seeder.teamId(team)).append("\tf\t").append(today.minusYears(2)).append(" 09:00:00+00\n");
            episodes.append(Seeder.id(PREFIX + "-episode-" + i)).append('\t').append(id).append('\t').append(born.plusYears(14)).append('\t')
                    .append(born.plusYears(18)).append("\tCARE_ORDER\n");
            advisers.append(Seeder.id(PREFIX + "-pa-" + i)).append('\t').append(id).append('\t')
                    .append(Seeder.id(Seeder.worker(team, i % settings.workersPerTeam()))).append("\tPERSONAL_ADVISER\t").append(born.plusYears(18))
                    .append("\tbench\n");
            ids.add(id.toString());
        }
        copy.copyIn("copy waypoint.young_person (id, local_id, given_name, family_name, date_of_birth, team_id, foster_placement, created_at)"
                + " from stdin", new StringReader(people.toString()));
        copy.copyIn("copy waypoint.care_episode (id, young_person_id, start_date, end_date, legal_basis) from stdin", new StringReader(episodes.toString()));
        copy.copyIn("copy waypoint.allocation (id, young_person_id, staff_id, kind, started_on, allocated_by) from stdin",
                new StringReader(advisers.toString()));
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
        return ids;
    }
}
