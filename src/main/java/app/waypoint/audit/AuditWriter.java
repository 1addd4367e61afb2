package app.waypoint.audit;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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

    private final AgroalDataSource dataSource;

    AuditWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insert(AuditedRequest request, Collection<UUID> youngPeople, Instant at) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setObject(2, request.staffId());
            insert.setString(3, request.username());
            insert.setString(4, request.action().name());
            insert.setString(5, request.channel().name());
            insert.setString(6, request.method());
            insert.setString(7, request.route());
            insert.setString(8, request.recordKind());
            insert.setString(9, request.reason());
            insert.setString(10, request.actor().name());
            insert.setArray(11, connection.createArrayOf("uuid", youngPeople.toArray()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("The audit entries could not be written", e);
        }
    }
}
