package app.waypoint.engine;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.quarkus.engine.extension.event.CamundaEngineStartupEvent;

/**
 * Deploys every model in {@code bpmn/} when the engine starts. Duplicate filtering means a restart with unchanged
 * models creates no new version; a changed model becomes a new version of its process.
 */
@ApplicationScoped
public class ProcessDeployer {

    static final String DEPLOYMENT_NAME = "waypoint";

    private final RepositoryService repository;
    private volatile Set<String> deployedFiles = Set.of();

    ProcessDeployer(RepositoryService repository) {
        this.repository = repository;
    }

    void deploy(@Observes CamundaEngineStartupEvent event) {
        Map<String, byte[]> models = ProcessModels.load();
        DeploymentBuilder deployment = repository.createDeployment().name(DEPLOYMENT_NAME).enableDuplicateFiltering(true);
        models.forEach((file, content) -> deployment.addInputStream(file, new ByteArrayInputStream(content)));
        deployment.deploy();
        deployedFiles = models.keySet();
        Log.infof("Deployed process models %s", deployedFiles);
    }

    /** The model files found in {@code bpmn/} at start-up (empty before the engine has started). */
    Set<String> deployedFiles() {
        return deployedFiles;
    }
}
