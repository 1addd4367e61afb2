package app.waypoint.engine;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves the running instances of older versions of a model to its latest version with the engine's migration API (README
 * "Upgrading running processes"): each waiting step, timer and message subscription goes to the step with the same id in the
 * new version, and its tasks keep their ids, assignees, due dates and variables. The move is a batch
 * ({@code executeAsync}): the job executor moves the instances a few at a time ({@code invocations-per-batch-job}), each
 * group in its own transaction, so a start-up never holds thousands of instances in one transaction, on whichever replica
 * takes the jobs. Where a version cannot be mapped that way (a waiting step was removed or renamed), the engine refuses the
 * plan at once, its instances stay on their version, which the engine keeps running, and the refusal is logged. Runs at
 * start-up, after the models are deployed, unless {@code waypoint.engine.migrate-running-instances=false}; one replica at a
 * time (a PostgreSQL advisory lock), and not while an earlier start-up's batch is still running.
 */
@ApplicationScoped
public class ProcessMigrations {

    /** Observers run in priority order; {@link ProcessDeployer} deploys at the default one, APPLICATION + 500. */
    private static final int AFTER_DEPLOYMENT = Interceptor.Priority.APPLICATION + 1000;
    /** The advisory lock's key: "WAYPOINT-MIGRATE" as a number, unique in this database by convention. */
    private static final long LOCK = 0x5741_5950_4d49_4752L;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final AgroalDataSource dataSource;
    private final boolean onStart;

    ProcessMigrations(RepositoryService repository, RuntimeService runtime, ManagementService management, AgroalDataSource dataSource,
                      @ConfigProperty(name = "waypoint.engine.migrate-running-instances", defaultValue = "true") boolean onStart) {
        this.repository = repository;
        this.runtime = runtime;
        this.management = management;
        this.dataSource = dataSource;
        this.onStart = onStart;
    }

    /** After {@link ProcessDeployer}: the models of this release are deployed by then. */
    void migrateOnStart(@Observes @Priority(AFTER_DEPLOYMENT) CamundaEngineStartupEvent event) throws SQLException {
        if (!onStart) {
            return;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            if (!holds(statement, "select pg_try_advisory_lock(" + LOCK + ")")) {
                Log.info("Another replica is moving running instances to the latest models: left to it");
                return;
            }
            try {
                migrateAllToLatest();
            } finally {
                holds(statement, "select pg_advisory_unlock(" + LOCK + ")");
            }
        }
    }

    private void migrateAllToLatest() {
        long running = management.createBatchQuery().type(Batch.TYPE_PROCESS_INSTANCE_MIGRATION).count();
        if (running > 0) {
            Log.infof("%d migration batch(es) of an earlier start still running: no new one started", running);
            return;
        }
        repository.createProcessDefinitionQuery().latestVersion().list().forEach(latest -> migrateToLatest(latest.getKey()));
    }

    /**
     * Starts moving the running instances of every older version of this process to its latest version, one batch per older
     * version; answers what is being moved and what was refused.
     */
    public List<Migration> migrateToLatest(String processKey) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult();
        List<Migration> migrations = new ArrayList<>();
        for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(processKey).list()) {
            long running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
            if (older.getVersion() < latest.getVersion() && running > 0) {
                migrations.add(migrate(older, latest, running));
            }
        }
        return migrations;
    }

    private Migration migrate(ProcessDefinition older, ProcessDefinition latest, long running) {
        try {
            MigrationPlan plan = runtime.createMigrationPlan(older.getId(), latest.getId()).mapEqualActivities().updateEventTriggers().build();
            Batch batch = runtime.newMigration(plan)
                    .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()))
                    .executeAsync();
            Log.infof("Moving %d running instance(s) of %s from version %d to %d (batch %s)", running, older.getKey(),
                    older.getVersion(), latest.getVersion(), batch.getId());
            return new Migration(older.getKey(), older.getVersion(), latest.getVersion(), running, batch.getId(), null);
        } catch (ProcessEngineException e) {
            // a waiting step with no equal in the new version
            Log.warnf("Running instances of %s version %d stay on their version: %s", older.getKey(), older.getVersion(), e.getMessage());
            return new Migration(older.getKey(), older.getVersion(), latest.getVersion(), 0, null, e.getMessage());
        }
    }

    private static boolean holds(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            return result.next() && result.getBoolean(1);
        }
    }

    /**
     * Instances of one version being moved to another ({@code instances}, by the engine's batch {@code batchId}), or left where
     * they were with the engine's reason ({@code refusal}).
     */
    public record Migration(String processKey, int fromVersion, int toVersion, long instances, String batchId, String refusal) {
    }
}
