package app.waypoint.engine;

import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Moves the running instances of older versions of a model to its latest version with the engine's migration API (README
 * "Upgrading running processes"): each waiting step, timer and message subscription goes to the step with the same id in the
 * new version, and its tasks keep their ids, assignees, due dates and variables. Where a version cannot be mapped that way
 * (a waiting step was removed or renamed), its instances stay on their version, which the engine keeps running, and the refusal
 * is logged. Runs at start-up, after the models are deployed, unless {@code waypoint.engine.migrate-running-instances=false}.
 */
@ApplicationScoped
public class ProcessMigrations {

    /** Observers run in priority order; {@link ProcessDeployer} deploys at the default one, APPLICATION + 500. */
    private static final int AFTER_DEPLOYMENT = Interceptor.Priority.APPLICATION + 1000;

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final boolean onStart;

    ProcessMigrations(RepositoryService repository, RuntimeService runtime,
                      @ConfigProperty(name = "waypoint.engine.migrate-running-instances", defaultValue = "true") boolean onStart) {
        this.repository = repository;
        this.runtime = runtime;
        this.onStart = onStart;
    }

    /** After {@link ProcessDeployer}: the models of this release are deployed by then. */
    void migrateOnStart(@Observes @Priority(AFTER_DEPLOYMENT) CamundaEngineStartupEvent event) {
        if (onStart) {
            repository.createProcessDefinitionQuery().latestVersion().list().forEach(latest -> migrateToLatest(latest.getKey()));
        }
    }

    /** Moves the running instances of every older version of this process to its latest version; answers what moved and what not. */
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
            runtime.newMigration(plan).processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(older.getId())).execute();
            Log.infof("Migrated %d running instance(s) of %s from version %d to %d", running, older.getKey(), older.getVersion(),
                    latest.getVersion());
            return new Migration(older.getKey(), older.getVersion(), latest.getVersion(), running, null);
        } catch (ProcessEngineException e) {
            // a step with no equal in the new version, or another replica migrating the same instances at once
            Log.warnf("Running instances of %s version %d stay on their version: %s", older.getKey(), older.getVersion(), e.getMessage());
            return new Migration(older.getKey(), older.getVersion(), latest.getVersion(), 0, e.getMessage());
        }
    }

    /** Instances of one version moved to another ({@code migrated}), or left where they were with the engine's reason ({@code refusal}). */
    public record Migration(String processKey, int fromVersion, int toVersion, long migrated, String refusal) {
    }
}
