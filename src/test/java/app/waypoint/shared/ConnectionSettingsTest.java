package app.waypoint.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Waypoint's connections run its short queries without parallel workers (README "Performance"). */
@QuarkusTest
class ConnectionSettingsTest {

    private final AgroalDataSource dataSource;

    ConnectionSettingsTest(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void shouldPlanEveryQueryWithoutParallelWorkers() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery("show max_parallel_workers_per_gather")) {
            setting.next();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
    }
}
