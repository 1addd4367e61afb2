package app.waypoint.people.staff;

import app.waypoint.shared.PlainSql.SqlArray;
import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The two reads of the staff tables that nearly every request makes, as plain SQL: who is calling (their active staff record,
 * read afresh on each request) and which teams a manager manages. Through Hibernate each cost more of the service's CPU than
 * the rest of a tasklist page (a query built, run and turned into an entity each time: 16 % and 13 % of a manager's page,
 * JFR; README "Performance"). Also the members of staff a notice goes to, read for each escalation's notices (a Hibernate
 * query with a list parameter is interpreted afresh on each call). Only staff administration changes these rows, never in the
 * same transaction as a read here.
 */
@ApplicationScoped
public class CallerReads {

    private static final String ACTIVE = "select id, role, team_id from waypoint.staff where username = ? and disabled_at is null";
    private static final String MANAGED_TEAMS = "select id from waypoint.team"
            + " where id = ? or service_manager_id = ? or head_of_service_id = ? or director_id = ?";
    private static final String BY_USERNAMES = "select id, username, display_name, email, role, team_id, newly_qualified, started_on, disabled_at,"
            + " disabled_by from waypoint.staff where username = any(?)";

    private final PlainSql sql;

    CallerReads(PlainSql sql) {
        this.sql = sql;
    }

    /** The member of staff with this username, if their record is active. */
    Optional<Caller> active(String username) {
        return sql.first(ACTIVE, row -> new Caller(row.getObject(1, UUID.class), username, StaffRole.valueOf(row.getString(2)),
                row.getObject(3, UUID.class)), username);
    }

    /** A manager's teams: their own (if they have one) and those they are service manager, head of service or director of. */
    public Set<UUID> teamsManagedBy(UUID managerId, UUID ownTeamId) {
        return Set.copyOf(sql.list(MANAGED_TEAMS, row -> row.getObject(1, UUID.class), ownTeamId, managerId, managerId, managerId));
    }

    /** These members of staff, disabled or not; an unknown username is absent. */
    List<StaffResponse> byUsernames(Collection<String> usernames) {
        return sql.list(BY_USERNAMES, row -> new StaffResponse(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                StaffRole.valueOf(row.getString(5)), row.getObject(6, UUID.class), row.getBoolean(7), row.getObject(8, LocalDate.class),
                Optional.ofNullable(row.getObject(9, OffsetDateTime.class)).map(OffsetDateTime::toInstant).orElse(null),
                row.getObject(10, UUID.class)), new SqlArray("varchar", usernames));
    }
}
