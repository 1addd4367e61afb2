package app.waypoint.people.staff;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The two reads of the staff tables that nearly every request makes, as plain SQL: who is calling (their active staff record,
 * read afresh on each request) and which teams a manager manages. Through Hibernate each cost more of the service's CPU than
 * the rest of a tasklist page (a query built, run and turned into an entity each time: 16 % and 13 % of a manager's page,
 * JFR; README "Performance"). Only staff administration changes these rows, never in the same transaction as a read here.
 */
@ApplicationScoped
public class CallerReads {

    private static final String ACTIVE = "select id, role, team_id from waypoint.staff where username = ? and disabled_at is null";
    private static final String MANAGED_TEAMS = "select id from waypoint.team"
            + " where id = ? or service_manager_id = ? or head_of_service_id = ? or director_id = ?";

    private final AgroalDataSource dataSource;

    CallerReads(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The member of staff with this username, if their record is active. */
    Optional<Caller> active(String username) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(ACTIVE)) {
            select.setString(1, username);
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Caller(row.getObject(1, UUID.class), username, StaffRole.valueOf(row.getString(2)), row.getObject(3, UUID.class)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The staff record of " + username + " could not be read", e);
        }
    }

    /** A manager's teams: their own (if they have one) and those they are service manager, head of service or director of. */
    public Set<UUID> teamsManagedBy(UUID managerId, UUID ownTeamId) {
        Set<UUID> teams = new HashSet<>();
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(MANAGED_TEAMS)) {
            select.setObject(1, ownTeamId, Types.OTHER);
            for (int i = 2; i <= 4; i++) {
                select.setObject(i, managerId, Types.OTHER);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    teams.add(rows.getObject(1, UUID.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The teams of manager " + managerId + " could not be read", e);
        }
        return Set.copyOf(teams);
    }
}
