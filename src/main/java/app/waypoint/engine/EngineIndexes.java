package app.waypoint.engine;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.flywaydb.core.Flyway;
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
                // not Flyway's own SQL migrations: the databases that have run these record them as Java ones (type JDBC, EngineScript's
                // checksum), which Flyway would then refuse as changed; so the folder's scripts are found and given as Java migrations
                .locations(new String[0])
                .javaMigrations(EngineScript.inFolder(EngineIndexes.class.getClassLoader()).toArray(JavaMigration[]::new))
                .load()
                .migrate();
        Log.infof("Engine indexes: %d migration(s) applied", result.migrationsExecuted);
    }
}
