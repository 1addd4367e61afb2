package app.waypoint.tasks.domain.filters;

import app.waypoint.engine.DeployedSteps;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;

/**
 * The processes that have steps for people (user tasks), by name: what a tasklist can be filtered by. Whether a deployed
 * model has user tasks never changes, so it is kept once read.
 */
@ApplicationScoped
public class TaskProcesses {

    private final RepositoryService repository;
    private final DeployedSteps steps;
    private final Map<String, Boolean> withUserTasks = new ConcurrentHashMap<>();

    TaskProcesses(RepositoryService repository, DeployedSteps steps) {
        this.repository = repository;
        this.steps = steps;
    }

    public List<ProcessChoice> withUserTasks() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> withUserTasks.computeIfAbsent(definition.getId(), steps::hasUserTasks))
                .map(definition -> new ProcessChoice(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName()))
                .sorted(Comparator.comparing(ProcessChoice::name))
                .toList();
    }
}
