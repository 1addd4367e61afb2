package app.waypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our migrations of the engine's tables (README "Performance", "Indexes the engine lacks on PostgreSQL") all run at start-up,
 * and the engine's own queries use what they add.
 */
@QuarkusTest
class EngineIndexesTest {

    private static final Path SCRIPTS = Path.of("src/main/resources/db/engine");

    private final AgroalDataSource dataSource;

    EngineIndexesTest(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Test
    void shouldHaveRunEveryEngineMigrationScript() throws IOException, SQLException {
        // given the scripts beside the engine's tables, e.g. V35__failed_jobs_index.sql
        List<String> versions;
        try (Stream<Path> scripts = Files.list(SCRIPTS)) {
            versions = scripts.map(script -> script.getFileName().toString().replaceFirst("^V(\\d+)__.*", "$1")).sorted().toList();
        }

        // then each one has run, once
        assertThat(versions).isNotEmpty();
        assertThat(rows("select version from public.engine_schema_history where success and version is not null and version <> '0' order by version"))
                .containsExactlyElementsOf(versions);
    }

    @Test
    void shouldFindTheFailedJobsThroughAnIndexNotTheWholeJobTable() throws SQLException {
        // when the engine's failed-jobs query (IncidentWatch's, every minute) is planned with whole-table reads ruled out
        List<String> plan = rows("""
                explain select distinct RES.* from ACT_RU_JOB RES
                WHERE (RES.EXCEPTION_MSG_ is not null or RES.EXCEPTION_STACK_ID_ is not null) order by RES.ID_ asc LIMIT 500 OFFSET 0""",
                "set local enable_seqscan = off");

        // then it reads the partial index of failed jobs
        assertThat(String.join("\n", plan)).contains("wp_idx_job_failed");
    }

    /** The query's first column, in a transaction of its own that {@code settings} apply to, rolled back. */
    private List<String> rows(String query, String... settings) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            try {
                for (String setting : settings) {
                    statement.execute(setting);
                }
                List<String> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery(query)) {
                    while (result.next()) {
                        rows.add(result.getString(1));
                    }
                }
                return rows;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        }
    }
}
