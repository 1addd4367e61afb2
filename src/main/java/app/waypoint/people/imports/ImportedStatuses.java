package app.waypoint.people.imports;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Session;

/**
 * The in-touch, activity and accommodation history an OC3 import compares with and adds to, read and written set-based (one
 * query to read, one JDBC batch per table to write) in the import's transaction; and the import's own log line. The rows are the
 * record's own history (tables {@code coded_status} and {@code accommodation}), as the record's pages record them: a code from a
 * day, never overwritten (a different code for the same day is a newer row).
 */
@ApplicationScoped
class ImportedStatuses {

    static final String RECORDED_BY = "SSDA903 import";

    private final EntityManager entities;
    private final WaypointClock clock;
    private final AuditService audit;

    ImportedStatuses(EntityManager entities, WaypointClock clock, AuditService audit) {
        this.entities = entities;
        this.clock = clock;
        this.audit = audit;
    }

    /** A code held for a young person from a day: {@code IN_TOUCH}, {@code ACTIVITY} or {@code ACCOMMODATION} (letter + 1 or 2). */
    record Held(UUID youngPerson, String kind, String code, LocalDate on) {
    }

    Map<UUID, List<Held>> held(Collection<UUID> youngPeople) {
        Map<UUID, List<Held>> held = new HashMap<>();
        if (youngPeople.isEmpty()) {
            return held;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entities.createNativeQuery("""
                select young_person_id, kind, code, effective_on from waypoint.coded_status where young_person_id in (:ids)
                union all
                select young_person_id, 'ACCOMMODATION', category || case when suitable then '1' else '2' end, start_date
                from waypoint.accommodation where young_person_id in (:ids)""").setParameter("ids", youngPeople).getResultList();
        for (Object[] row : rows) {
            Held one = new Held((UUID) row[0], (String) row[1], (String) row[2], toDay(row[3]));
            held.computeIfAbsent(one.youngPerson(), id -> new ArrayList<>()).add(one);
        }
        return held;
    }

    /**
     * Records the seeds, each for the young person of its local id, as recorded by the caller through the import; each young
     * person's record moves on a version (as any change of it does) and the change is audited.
     */
    void seed(List<Ssda903Import.Seed> seeds, Map<String, UUID> ids, Caller caller, int year) {
        if (seeds.isEmpty()) {
            return;
        }
        entities.flush();
        Timestamp now = Timestamp.from(clock.now());
        String note = "Imported from the SSDA903 care-leaver table (OC3) of the collection year " + (year - 1) + " to " + year
                + " by " + caller.username();
        entities.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement coded = connection.prepareStatement("insert into waypoint.coded_status (id, young_person_id, kind, code, "
                    + "effective_on, note, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement accommodation = connection.prepareStatement("insert into waypoint.accommodation (id, young_person_id, category, "
                         + "address_or_provider, start_date, planned, shared_housing, suitable, rationale, judged_by, recorded_at, recorded_by) "
                         + "values (?, ?, ?, ?, ?, false, false, ?, ?, ?, ?, ?)")) {
                for (Ssda903Import.Seed seed : seeds) {
                    UUID youngPerson = ids.get(seed.localId());
                    if (seed.kind().equals("ACCOMMODATION")) {
                        boolean suitable = seed.code().charAt(1) == '1';
                        accommodation.setObject(1, UUID.randomUUID());
                        accommodation.setObject(2, youngPerson);
                        accommodation.setString(3, seed.code().substring(0, 1));
                        accommodation.setString(4, "Not recorded (" + RECORDED_BY + ")");
                        accommodation.setDate(5, Date.valueOf(seed.on()));
                        accommodation.setBoolean(6, suitable);
                        accommodation.setString(7, note + ": the return gives the category and suitability only");
                        accommodation.setString(8, RECORDED_BY);
                        accommodation.setTimestamp(9, now);
                        accommodation.setString(10, caller.username());
                        accommodation.addBatch();
                    } else {
                        coded.setObject(1, UUID.randomUUID());
                        coded.setObject(2, youngPerson);
                        coded.setString(3, seed.kind());
                        coded.setString(4, seed.code());
                        coded.setDate(5, Date.valueOf(seed.on()));
                        coded.setString(6, note);
                        coded.setTimestamp(7, now);
                        coded.setString(8, caller.username());
                        coded.addBatch();
                    }
                }
                coded.executeBatch();
                accommodation.executeBatch();
            }
        });
        List<UUID> changed = seeds.stream().map(seed -> ids.get(seed.localId())).distinct().toList();
        entities.createNativeQuery("update waypoint.young_person set record_version = record_version + 1 where id in (:ids)")
                .setParameter("ids", changed).executeUpdate();
        audit.reached(changed);
    }

    /** The import's own line (who, when, which team, how many children each way): one per import that writes. */
    void log(Caller caller, UUID teamId, int year, int created, int updated, int unchanged, int refused) {
        entities.createNativeQuery("""
                insert into waypoint.ssda903_import (id, imported_at, staff_id, username, team_id, collection_year, created, updated, unchanged, refused)
                values (:id, :at, :staff, :username, :team, :year, :created, :updated, :unchanged, :refused)""")
                .setParameter("id", UUID.randomUUID()).setParameter("at", clock.now()).setParameter("staff", caller.staffId())
                .setParameter("username", caller.username()).setParameter("team", teamId).setParameter("year", year)
                .setParameter("created", created).setParameter("updated", updated).setParameter("unchanged", unchanged)
                .setParameter("refused", refused).executeUpdate();
    }

    private static LocalDate toDay(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
