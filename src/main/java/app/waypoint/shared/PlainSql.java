package app.waypoint.shared;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL on the connection of the caller's transaction, for the statements of a completion, a start or an escalation
 * where Hibernate's handling of a statement (interpreting it, flushing before it, dirty-checking what it loaded) cost more
 * than the statement itself (README "Performance"). Parameters are bound in order: null with no type (PostgreSQL takes the
 * column's), an {@link Instant} as a timestamp with time zone, an enum by its name, a {@link SqlArray} as a PostgreSQL
 * array; anything else as the driver binds it.
 * Such a statement does not see what Hibernate has not yet flushed: the callers say why there is nothing of that kind.
 */
@ApplicationScoped
public class PlainSql {

    /** Reads one row of a result. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** The values of an array parameter ({@code = any(?)}, {@code unnest(?)}), with the PostgreSQL name of their type. */
    public record SqlArray(String type, Collection<?> values) {
    }

    private final AgroalDataSource dataSource;

    PlainSql(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The rows the query returns, read by {@code row}. */
    public <T> List<T> list(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(row.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** The first row the query returns, if any. */
    public <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
        return list(sql, row, parameters).stream().findFirst();
    }

    /** Runs an insert, update or delete; returns how many rows it changed. */
    public int update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(connection, statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    /** Runs the statement once per list of parameters, sent together in one round trip; returns each one's changed rows. */
    public int[] batch(String sql, List<Object[]> parameterLists) {
        if (parameterLists.isEmpty()) {
            return new int[0];
        }
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : parameterLists) {
                bind(connection, statement, parameters);
                statement.addBatch();
            }
            return statement.executeBatch();
        } catch (SQLException e) {
            throw failed(sql, e);
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(i + 1, Types.OTHER);
            } else if (value instanceof Instant instant) {
                statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof Enum<?> constant) {
                statement.setString(i + 1, constant.name());
            } else if (value instanceof SqlArray array) {
                statement.setArray(i + 1, connection.createArrayOf(array.type(), array.values().toArray()));
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    /** The statement's first words only: its parameters may hold personal data, and never go into a log. */
    private static IllegalStateException failed(String sql, SQLException e) {
        String start = sql.strip().replaceAll("\\s+", " ");
        return new IllegalStateException("SQL failed (" + (start.length() > 60 ? start.substring(0, 60) + "…" : start) + ")", e);
    }
}
