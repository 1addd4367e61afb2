package app.waypoint.tasks.domain.task;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.BusinessKeys;
import app.waypoint.tasks.domain.visibility.TeamCandidateGroups;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Engine tasks to tasklist rows: adds the young person, the process name, the due day and whether it is overdue. A page of rows
 * takes one query each for its process instances, its candidate groups and its young people, however many rows it has
 * (README "Performance"); process definitions never change, so they are kept once read.
 */
@ApplicationScoped
class TaskMapper {

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final TaskCandidates candidates;
    private final TaskForms forms;
    private final YoungPersonService youngPeople;
    private final WaypointClock clock;
    private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

    TaskMapper(RepositoryService repository, RuntimeService runtime, TaskCandidates candidates, TaskForms forms,
               YoungPersonService youngPeople, WaypointClock clock) {
        this.repository = repository;
        this.runtime = runtime;
        this.candidates = candidates;
        this.forms = forms;
        this.youngPeople = youngPeople;
        this.clock = clock;
    }

    TaskResponse toResponse(Task task, boolean withForm, Caller caller) {
        TaskResponse response = toResponses(List.of(task), caller).get(0);
        return withForm ? response.withForm(forms.describe(task.getId())) : response;
    }

    List<TaskResponse> toResponses(List<Task> tasks, Caller caller) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        List<ProcessInstance> instances = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list();
        Map<String, UUID> staffOfInstance = instances.stream().filter(instance -> BusinessKeys.staff(instance.getBusinessKey()).isPresent())
                .collect(Collectors.toMap(ProcessInstance::getId, instance -> BusinessKeys.staff(instance.getBusinessKey()).orElseThrow()));
        Map<String, UUID> youngPersonOfInstance = instances.stream()
                .filter(instance -> BusinessKeys.youngPerson(instance.getBusinessKey()).isPresent())
                .collect(Collectors.toMap(ProcessInstance::getId, instance -> BusinessKeys.youngPerson(instance.getBusinessKey()).orElseThrow()));
        Map<UUID, String> names = youngPeople.names(Set.copyOf(youngPersonOfInstance.values()));
        Map<String, List<String>> groups = candidates.groups(tasks.stream().map(Task::getId).toList());
        return tasks.stream().map(task -> {
            ProcessDefinition definition = definitions.computeIfAbsent(task.getProcessDefinitionId(), repository::getProcessDefinition);
            Optional<UUID> youngPerson = Optional.ofNullable(youngPersonOfInstance.get(task.getProcessInstanceId())).filter(names::containsKey);
            LocalDate due = task.getDueDate() == null ? null : WaypointClock.dayOf(task.getDueDate().toInstant());
            boolean overdue = task.getDueDate() != null && task.getDueDate().toInstant().isBefore(clock.now());
            List<String> candidateGroups = groups.getOrDefault(task.getId(), List.of());
            return new TaskResponse(task.getId(), task.getName(), task.getTaskDefinitionKey(), definition.getKey(), definition.getName(),
                    youngPerson.orElse(null), youngPerson.map(names::get).orElse(null), task.getAssignee(),
                    TeamCandidateGroups.roles(candidateGroups), task.getCreateTime().toInstant(), due, overdue, task.getPriority(),
                    task.getFollowUpDate() == null ? null : WaypointClock.dayOf(task.getFollowUpDate().toInstant()), task.getProcessInstanceId(),
                    staffOfInstance.get(task.getProcessInstanceId()), null,
                    TaskAccess.allowedActions(task.getAssignee(), candidateGroups, caller));
        }).toList();
    }
}
