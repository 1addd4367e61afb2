package app.waypoint.people.allocations;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who is allocated to a young person now, in plain SQL on the connection of the caller's transaction. Task models ask this for
 * each new task's assignee, so every start and most completions read it; as a Hibernate query with a list of kinds it was
 * interpreted afresh on each call, 7 % of a completion's CPU and 12 % of a start's (JFR, README "Performance").
 * {@link AllocationService} flushes each change of an allocation at once, so a read later in the same transaction sees it.
 */
@ApplicationScoped
class CurrentAllocations {

    private static final String CURRENT = """
            select a.kind, s.username from waypoint.allocation a join waypoint.staff s on s.id = a.staff_id
            where a.young_person_id = ? and a.ended_on is null""";

    /** A current allocation: its kind and the username of the member of staff. */
    record Allocated(AllocationKind kind, String username) {
    }

    private final AgroalDataSource dataSource;

    CurrentAllocations(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The young person's current allocations, of every kind (a handful of rows at most). */
    List<Allocated> of(UUID youngPersonId) {
        List<Allocated> allocated = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(CURRENT)) {
            select.setObject(1, youngPersonId, Types.OTHER);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    allocated.add(new Allocated(AllocationKind.valueOf(rows.getString(1)), rows.getString(2)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The allocations of young person " + youngPersonId + " could not be read", e);
        }
        return allocated;
    }
}
