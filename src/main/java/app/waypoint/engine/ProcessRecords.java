package app.waypoint.engine;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.task.Task;

/**
 * What the engine knows about the processes started for one business key (every casework process uses the young person's
 * id): the open instances and the steps they are at, the user tasks completed and by whom, and the deployed models.
 */
@ApplicationScoped
public class ProcessRecords {

    /** The delete reason the engine gives a task that was completed (not cancelled by an event or the end of its process). */
    private static final String COMPLETED = "completed";

    private final HistoryService history;
    private final TaskService tasks;
    private final RepositoryService repository;

    ProcessRecords(HistoryService history, TaskService tasks, RepositoryService repository) {
        this.history = history;
        this.tasks = tasks;
        this.repository = repository;
    }

    /** The instances still running for the business key, oldest first, each with the steps it waits at. */
    public List<OpenInstance> openInstances(String businessKey) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey).unfinished()
                .orderByProcessInstanceStartTime().asc().list().stream()
                .map(this::open)
                .toList();
    }

    /**
     * The user tasks completed in the business key's instances (running or ended), newest first. Who completed each comes from
     * the engine's operation log (we always complete as the signed-in person), else the task's last assignee.
     */
    public List<CompletedTask> completedTasks(String businessKey) {
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceBusinessKey(businessKey).finished()
                .list().stream()
                .filter(task -> COMPLETED.equals(task.getDeleteReason()))
                .sorted(Comparator.comparing(HistoricTaskInstance::getEndTime).reversed())
                .toList();
        Map<String, String> completers = new HashMap<>();
        done.stream().map(HistoricTaskInstance::getProcessInstanceId).distinct().forEach(instance -> completers.putAll(completers(instance)));
        Map<String, ProcessDefinition> definitions = new HashMap<>();
        return done.stream().map(task -> {
            ProcessDefinition definition = definitions.computeIfAbsent(task.getProcessDefinitionId(), repository::getProcessDefinition);
            return new CompletedTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getProcessInstanceId(),
                    definition.getKey(), definition.getName(), task.getEndTime().toInstant(),
                    completers.getOrDefault(task.getId(), task.getAssignee()));
        }).toList();
    }

    /** The BPMN XML of a deployed process: the given version, or the latest when {@code version} is null. */
    public Optional<String> modelXml(String processKey, Integer version) {
        ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().processDefinitionKey(processKey);
        ProcessDefinition definition = (version == null ? query.latestVersion() : query.processDefinitionVersion(version)).singleResult();
        if (definition == null) {
            return Optional.empty();
        }
        try (InputStream xml = repository.getProcessModel(definition.getId())) {
            return Optional.of(new String(xml.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OpenInstance open(HistoricProcessInstance instance) {
        Map<String, Task> open = tasks.createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .collect(Collectors.toMap(Task::getId, Function.identity()));
        List<WaitingStep> steps = ProcessGateway.waitingActivities(history, instance.getId()).stream().map(activity -> {
            Task task = activity.getTaskId() == null ? null : open.get(activity.getTaskId());
            return new WaitingStep(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
                    task == null ? null : task.getId(), task == null ? null : task.getAssignee(), instant(task == null ? null : task.getDueDate()));
        }).toList();
        return new OpenInstance(instance.getId(), instance.getProcessDefinitionKey(), instance.getProcessDefinitionName(),
                instance.getProcessDefinitionVersion(), instance.getStartTime().toInstant(), steps);
    }

    private Map<String, String> completers(String processInstanceId) {
        return history.createUserOperationLogQuery().processInstanceId(processInstanceId).entityType(EntityTypes.TASK)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .filter(entry -> entry.getTaskId() != null && entry.getUserId() != null)
                .collect(Collectors.toMap(UserOperationLogEntry::getTaskId, UserOperationLogEntry::getUserId, (first, same) -> first));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** A running instance of a process and the steps it waits at. */
    public record OpenInstance(String id, String processKey, String processName, Integer processVersion, Instant startedAt,
                               List<WaitingStep> steps) {
    }

    /** A step an instance waits at: its BPMN element, and for a user task the task, its assignee and its deadline. */
    public record WaitingStep(String activityId, String name, String type, String taskId, String assignee, Instant dueAt) {
    }

    /** A user task that was completed, in which process, when and by whom (a username). */
    public record CompletedTask(String taskId, String taskKey, String name, String processInstanceId, String processKey,
                                String processName, Instant completedAt, String completedBy) {
    }
}
