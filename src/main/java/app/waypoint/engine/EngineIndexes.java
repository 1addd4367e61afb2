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
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Our own migrations of the engine's tables (indexes it lacks on PostgreSQL, and the triggers that keep
 * {@code waypoint.task_subject} beside its tasks: README "Performance"). They cannot run with the application's Flyway
 * migrations: those may run before the engine creates its tables on a fresh database. So they run here, once the engine has
 * started (its tables exist, fresh database or not), through Flyway with their own history table beside the engine's tables
 * (public.engine_schema_history), which also keeps two replicas starting at once from running them twice. V33 needs the
 * application's tables (waypoint.task_subject), and the engine may start before or after Quarkus has run the application's
 * migrations (both were seen), so those are run first here: a no-op when they have run already.
 */
@ApplicationScoped
class EngineIndexes {

    private final AgroalDataSource dataSource;
    private final Flyway applicationMigrations;

    EngineIndexes(AgroalDataSource dataSource, Flyway applicationMigrations) {
        this.dataSource = dataSource;
        this.applicationMigrations = applicationMigrations;
    }

    void migrate(@Observes CamundaEngineStartupEvent event) {
        applicationMigrations.migrate(); // nothing to do when Quarkus has run them already; V33 needs their tables
        var result = Flyway.configure()
                .dataSource(dataSource)
                .schemas("public")
                .createSchemas(false)
                .table("engine_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .locations(new String[0]) // no scanning: the migrations are given below
                .javaMigrations(new SqlScript("31", "engine indexes", "db/engine/V31__engine_indexes.sql"),
                        new SqlScript("32", "job acquisition by due date", "db/engine/V32__job_acquisition_by_due_date.sql"),
                        new SqlScript("33", "task subject", "db/engine/V33__task_subject.sql"),
                        new SqlScript("34", "task subject columns", "db/engine/V34__task_subject_columns.sql"),
                        new SqlScript("35", "failed jobs index", "db/engine/V35__failed_jobs_index.sql"))
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

        /** The script's statements: split at each semicolon, except inside a dollar-quoted body ({@code $$ ... $$}, a function's). */
        private List<String> statements() {
            String withoutComments = text().lines().filter(line -> !line.startsWith("--")).reduce("", (a, b) -> a + "\n" + b);
            List<String> statements = new ArrayList<>();
            String[] outsideAndInsideBodies = withoutComments.split("\\$\\$", -1);
            StringBuilder statement = new StringBuilder();
            for (int i = 0; i < outsideAndInsideBodies.length; i++) {
                String part = outsideAndInsideBodies[i];
                if (i % 2 == 1) {
                    statement.append("$$").append(part).append("$$");
                    continue;
                }
                String[] ends = part.split(";", -1);
                for (int j = 0; j < ends.length - 1; j++) {
                    statements.add(statement.append(ends[j]).toString().strip());
                    statement.setLength(0);
                }
                statement.append(ends[ends.length - 1]);
            }
            statements.add(statement.toString().strip());
            return statements.stream().filter(sql -> !sql.isEmpty()).toList();
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
