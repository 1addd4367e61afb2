package app.waypoint.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the engine runs and every model in {@code bpmn/} has a deployed process definition. */
@Readiness
@ApplicationScoped
class EngineReadinessCheck implements HealthCheck {

    private final ProcessEngine engine;
    private final ProcessDeployer deployer;

    EngineReadinessCheck(ProcessEngine engine, ProcessDeployer deployer) {
        this.engine = engine;
        this.deployer = deployer;
    }

    @Override
    public HealthCheckResponse call() {
        Set<String> expected = deployer.deployedFiles();
        List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().list();
        Set<String> deployedResources = definitions.stream().map(ProcessDefinition::getResourceName).collect(Collectors.toSet());
        Set<String> missing = expected.stream().filter(file -> !deployedResources.contains(file)).collect(Collectors.toSet());
        boolean up = !expected.isEmpty() && missing.isEmpty();
        return HealthCheckResponse.named("process-engine")
                .status(up)
                .withData("engine", engine.getName())
                .withData("processes", definitions.stream().map(ProcessDefinition::getKey).sorted().collect(Collectors.joining(",")))
                .withData("missingModels", String.join(",", missing))
                .build();
    }
}
