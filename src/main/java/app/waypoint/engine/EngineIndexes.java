package app.waypoint.engine;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Our own migrations of the engine's tables (indexes it lacks on PostgreSQL, README "Performance"). They cannot run with the
 * application's Flyway migrations: those run before the engine creates its tables on a fresh database. So they run here, once
 * the engine has started (its tables exist, fresh database or not), through Flyway with their own history table beside the
 * engine's tables (public.engine_schema_history: the engine may start before the application's Flyway has created schema
 * waypoint), which also keeps two replicas starting at once from running them twice.
 */
@ApplicationScoped
class EngineIndexes {

    private final AgroalDataSource dataSource;

    EngineIndexes(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void migrate(@Observes CamundaEngineStartupEvent event) {
        var result = Flyway.configure()
                .dataSource(dataSource)
                .schemas("public")
                .createSchemas(false)
                .table("engine_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .locations(new String[0]) // no scanning: the migrations are given below
                .javaMigrations(new SqlScript("31", "engine indexes", "db/engine/V31__engine_indexes.sql"),
                        new SqlScript("32", "job acquisition by due date", "db/engine/V32__job_acquisition_by_due_date.sql"))
                .load()
                .migrate();
        Log.infof("Engine indexes: %d migration(s) applied", result.migrationsExecuted);
    }

    /** A SQL script from the classpath, run statement by statement in one transaction. */
    private record SqlScript(String version, String description, String resource) implements JavaMigration {

        @Override
        public MigrationVersion getVersion() {
            return MigrationVersion.fromVersion(version);
        }

        @Override
        public String getDescription() {
            return description;
        }

        @Override
        public Integer getChecksum() {
            CRC32 crc = new CRC32();
            crc.update(text().getBytes(StandardCharsets.UTF_8));
            return (int) crc.getValue();
        }

        @Override
        public boolean canExecuteInTransaction() {
            return true;
        }

        @Override
        public void migrate(Context context) throws Exception {
            try (Statement statement = context.getConnection().createStatement()) {
                for (String sql : statements()) {
                    statement.execute(sql);
                }
            }
        }

        private String[] statements() {
            String withoutComments = text().lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
            return Arrays.stream(withoutComments.split(";")).map(String::strip).filter(sql -> !sql.isEmpty()).toArray(String[]::new);
        }

        private String text() {
            try (InputStream in = SqlScript.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing migration " + resource);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
