package app.waypoint.audit;

import app.waypoint.shared.PlainSql.SqlArray;
import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * Writes entries with one statement for any number of young people, on the connection of the caller's transaction (the
 * datasource hands out the connection already enlisted in it). The application's only write to the audit table: it never
 * updates or deletes an entry (the retention purge aside, see {@link AuditRetention}).
 */
@ApplicationScoped
class AuditWriter {

    private static final String INSERT = """
            insert into waypoint.audit_entry (at, staff_id, username, young_person_id, action, channel, method, route, record_kind, reason, actor)
            select ?, ?, ?, young_person_id, ?, ?, ?, ?, ?, ?, ? from unnest(?) as young_person_id""";

    private final PlainSql sql;

    AuditWriter(PlainSql sql) {
        this.sql = sql;
    }

    void insert(AuditedRequest request, Collection<UUID> youngPeople, Instant at) {
        sql.update(INSERT, Timestamp.from(at), request.staffId(), request.username(), request.action(), request.channel(), request.method(),
                request.route(), request.recordKind(), request.reason(), request.actor(), new SqlArray("uuid", youngPeople));
    }
}
