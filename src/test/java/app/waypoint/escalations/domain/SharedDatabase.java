package app.waypoint.escalations.domain;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain JDBC on the database that the replicas of the integration tests share: a connection per call is cheap here and
 * keeps nothing open between steps (nor across a restart of PostgreSQL).
 */
record SharedDatabase(String url, String username, String password) {

    /** The database the service is pointed at by these properties (quarkus.datasource.*). */
    static SharedDatabase of(Map<String, String> properties) {
        return new SharedDatabase(properties.get("quarkus.datasource.jdbc.url"), properties.get("quarkus.datasource.username"),
                properties.get("quarkus.datasource.password"));
    }

    void update(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             PreparedStatement statement = prepare(connection, sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String sql, Object... parameters) {
        return Long.parseLong(rows(sql, parameters).get(0).get(0));
    }

    List<String> strings(String sql, Object... parameters) {
        return rows(sql, parameters).stream().map(row -> row.get(0)).collect(Collectors.toList());
    }

    List<List<String>> rows(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url, username, password);
             PreparedStatement statement = prepare(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            List<List<String>> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }
}
