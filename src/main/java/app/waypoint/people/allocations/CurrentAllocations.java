package app.waypoint.people.allocations;

import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
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

    private final PlainSql sql;

    CurrentAllocations(PlainSql sql) {
        this.sql = sql;
    }

    /** The young person's current allocations, of every kind (a handful of rows at most). */
    List<Allocated> of(UUID youngPersonId) {
        return sql.list(CURRENT, row -> new Allocated(AllocationKind.valueOf(row.getString(1)), row.getString(2)), youngPersonId);
    }
}
