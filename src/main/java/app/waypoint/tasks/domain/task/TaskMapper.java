package app.waypoint.tasks.domain.task;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.BusinessKeys;
import app.waypoint.tasks.domain.visibility.TaskRow;
import app.waypoint.tasks.domain.visibility.TeamCandidateGroups;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasks to tasklist rows: adds the young person, the process name, the due day and whether it is overdue. A page of rows
 * takes one query each for its processes' business keys, its candidate groups and its young people, however many rows it has
 * (README "Performance"); process definitions never change, so they are kept once read.
 */
@ApplicationScoped
class TaskMapper {

    private final RepositoryService repository;
    private final ProcessBusinessKeys businessKeys;
    private final TaskCandidates candidates;
    private final TaskForms forms;
    private final YoungPersonService youngPeople;
    private final WaypointClock clock;
    private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

    TaskMapper(RepositoryService repository, ProcessBusinessKeys businessKeys, TaskCandidates candidates, TaskForms forms,
               YoungPersonService youngPeople, WaypointClock clock) {
        this.repository = repository;
        this.businessKeys = businessKeys;
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
        return rowsToResponses(tasks.stream().map(TaskRow::of).toList(), caller);
    }

    List<TaskResponse> rowsToResponses(List<TaskRow> tasks, Caller caller) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> businessKeys = this.businessKeys.of(tasks.stream().map(TaskRow::processInstanceId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        Map<String, UUID> staffOfInstance = new HashMap<>();
        Map<String, UUID> youngPersonOfInstance = new HashMap<>();
        businessKeys.forEach((instance, key) -> {
            BusinessKeys.staff(key).ifPresent(staffId -> staffOfInstance.put(instance, staffId));
            BusinessKeys.youngPerson(key).ifPresent(youngPerson -> youngPersonOfInstance.put(instance, youngPerson));
        });
        Map<UUID, String> names = youngPeople.names(Set.copyOf(youngPersonOfInstance.values()));
        Map<String, List<String>> groups = candidates.groups(tasks.stream().map(TaskRow::id).toList());
        Instant now = clock.now();
        return tasks.stream().map(task -> {
            ProcessDefinition definition = definitions.computeIfAbsent(task.processDefinitionId(), repository::getProcessDefinition);
            Optional<UUID> youngPerson = Optional.ofNullable(youngPersonOfInstance.get(task.processInstanceId())).filter(names::containsKey);
            LocalDate due = task.due() == null ? null : WaypointClock.dayOf(task.due());
            boolean overdue = task.due() != null && task.due().isBefore(now);
            List<String> candidateGroups = groups.getOrDefault(task.id(), List.of());
            return new TaskResponse(task.id(), task.name(), task.taskDefinitionKey(), definition.getKey(), definition.getName(),
                    youngPerson.orElse(null), youngPerson.map(names::get).orElse(null), task.assignee(),
                    TeamCandidateGroups.roles(candidateGroups), task.created(), due, overdue, task.priority(),
                    task.followUp() == null ? null : WaypointClock.dayOf(task.followUp()), task.processInstanceId(),
                    staffOfInstance.get(task.processInstanceId()), null,
                    TaskAccess.allowedActions(task.assignee(), candidateGroups, caller));
        }).toList();
    }
}
