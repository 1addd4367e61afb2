package app.waypoint.tasks.domain.filters;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/** The processes that have steps for people (user tasks), by name: what a tasklist can be filtered by. */
@ApplicationScoped
public class TaskProcesses {

    private final RepositoryService repository;

    TaskProcesses(RepositoryService repository) {
        this.repository = repository;
    }

    public List<ProcessChoice> withUserTasks() {
        return repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(definition -> !repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class).isEmpty())
                .map(definition -> new ProcessChoice(definition.getKey(), definition.getName() == null ? definition.getKey() : definition.getName()))
                .sorted(Comparator.comparing(ProcessChoice::name))
                .toList();
    }
}
