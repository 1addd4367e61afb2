package app.waypoint.tasks.domain.task;

import app.waypoint.engine.DeployedSteps;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A process's steps as a plain list: its user tasks in the order of the model's flow (from the start, breadth first, into
 * sub-processes), each done (from history), current (open now) or not reached. A model's order never changes, so it is kept
 * once read.
 */
@ApplicationScoped
class ProcessSteps {

    private final DeployedSteps steps;
    private final HistoryService history;
    private final TaskService tasks;
    private final Map<String, List<DeployedSteps.Step>> models = new ConcurrentHashMap<>();

    ProcessSteps(DeployedSteps steps, HistoryService history, TaskService tasks) {
        this.steps = steps;
        this.history = history;
        this.tasks = tasks;
    }

    List<StepResponse> of(String processDefinitionId, String processInstanceId) {
        Set<String> done = history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityType("userTask")
                .finished().list().stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        Set<String> current = tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
        return models.computeIfAbsent(processDefinitionId, steps::userTasksInFlowOrder).stream()
                .map(step -> new StepResponse(step.name(), current.contains(step.id()) ? StepResponse.State.CURRENT
                        : done.contains(step.id()) ? StepResponse.State.DONE : StepResponse.State.NOT_REACHED))
                .toList();
    }
}
