package app.waypoint.tasks.domain.task;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * A process's steps as a plain list: its user tasks in the order of the model's flow (from the start, breadth first, into
 * sub-processes), each done (from history), current (open now) or not reached. A model's order never changes, so it is kept
 * once read.
 */
@ApplicationScoped
class ProcessSteps {

    private final RepositoryService repository;
    private final HistoryService history;
    private final TaskService tasks;
    private final Map<String, List<Step>> models = new ConcurrentHashMap<>();

    ProcessSteps(RepositoryService repository, HistoryService history, TaskService tasks) {
        this.repository = repository;
        this.history = history;
        this.tasks = tasks;
    }

    private record Step(String id, String name) {
    }

    List<StepResponse> of(String processDefinitionId, String processInstanceId) {
        Set<String> done = history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityType("userTask")
                .finished().list().stream().map(HistoricActivityInstance::getActivityId).collect(Collectors.toSet());
        Set<String> current = tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(Task::getTaskDefinitionKey).collect(Collectors.toSet());
        return models.computeIfAbsent(processDefinitionId, this::inFlowOrder).stream()
                .map(step -> new StepResponse(step.name(), current.contains(step.id()) ? StepResponse.State.CURRENT
                        : done.contains(step.id()) ? StepResponse.State.DONE : StepResponse.State.NOT_REACHED))
                .toList();
    }

    private List<Step> inFlowOrder(String processDefinitionId) {
        var model = repository.getBpmnModelInstance(processDefinitionId);
        Deque<FlowNode> next = new ArrayDeque<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            process.getChildElementsByType(StartEvent.class).forEach(next::add);
        }
        Set<FlowNode> seen = new LinkedHashSet<>();
        List<Step> steps = new ArrayList<>();
        while (!next.isEmpty()) {
            FlowNode node = next.poll();
            if (!seen.add(node)) {
                continue;
            }
            if (node instanceof UserTask task) {
                steps.add(new Step(task.getId(), task.getName() == null ? task.getId() : task.getName()));
            }
            if (node instanceof SubProcess sub) {
                next.addAll(sub.getChildElementsByType(StartEvent.class));
            }
            node.getOutgoing().stream().map(SequenceFlow::getTarget).forEach(next::add);
        }
        // steps the flow does not reach from a start (e.g. after a boundary event), at the end in model order
        model.getModelElementsByType(UserTask.class).stream().filter(task -> !seen.contains(task))
                .forEach(task -> steps.add(new Step(task.getId(), task.getName() == null ? task.getId() : task.getName())));
        return List.copyOf(steps);
    }
}
