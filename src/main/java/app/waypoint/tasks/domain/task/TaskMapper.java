package app.waypoint.tasks.domain.task;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.tasks.domain.visibility.TaskRow;
import app.waypoint.tasks.domain.visibility.TaskSql;
import app.waypoint.tasks.domain.visibility.TeamCandidateGroups;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * Tasks to tasklist rows: adds the process name, the due day and whether it is overdue to the rows read from the tasklist's
 * copy of the open tasks (which carry whom each task is about and the young person's name). A page of rows takes one query
 * for its candidate groups, however many rows it has (README "Performance"); process definitions never change, so they are
 * kept once read. The young people shown are reported to the audit trail as reached by the request.
 */
@ApplicationScoped
class TaskMapper {

    private final RepositoryService repository;
    private final TaskCandidates candidates;
    private final TaskForms forms;
    private final AuditService audit;
    private final AgroalDataSource dataSource;
    private final WaypointClock clock;
    private final Map<String, ProcessDefinition> definitions = new ConcurrentHashMap<>();

    TaskMapper(RepositoryService repository, TaskCandidates candidates, TaskForms forms, AuditService audit, AgroalDataSource dataSource,
               WaypointClock clock) {
        this.repository = repository;
        this.candidates = candidates;
        this.forms = forms;
        this.audit = audit;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    TaskResponse toResponse(Task task, boolean withForm, Caller caller) {
        TaskResponse response = toResponses(List.of(task), caller).get(0);
        return withForm ? response.withForm(forms.describe(task)) : response;
    }

    /** The rows of open tasks the engine answered, in the same order. */
    List<TaskResponse> toResponses(List<Task> tasks, Caller caller) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, TaskRow> rows = TaskSql.rows(dataSource, tasks.stream().map(Task::getId).toList());
        return rowsToResponses(tasks.stream().map(task -> Optional.ofNullable(rows.get(task.getId()))
                .orElseThrow(() -> new IllegalStateException("No tasklist row for open task " + task.getId()))).toList(), caller);
    }

    List<TaskResponse> rowsToResponses(List<TaskRow> tasks, Caller caller) {
        if (tasks.isEmpty()) {
            return List.of();
        }
        audit.reached(tasks.stream().filter(task -> task.youngPersonName() != null).map(TaskRow::youngPersonId).distinct().toList());
        Map<String, List<String>> groups = candidates.groups(tasks.stream().map(TaskRow::id).toList());
        Instant now = clock.now();
        return tasks.stream().map(task -> {
            ProcessDefinition definition = definitions.computeIfAbsent(task.processDefinitionId(), repository::getProcessDefinition);
            Optional<UUID> youngPerson = Optional.ofNullable(task.youngPersonName()).map(name -> task.youngPersonId());
            LocalDate due = task.due() == null ? null : WaypointClock.dayOf(task.due());
            boolean overdue = task.due() != null && task.due().isBefore(now);
            List<String> candidateGroups = groups.getOrDefault(task.id(), List.of());
            return new TaskResponse(task.id(), task.name(), task.taskDefinitionKey(), definition.getKey(), definition.getName(),
                    youngPerson.orElse(null), task.youngPersonName(), task.assignee(),
                    TeamCandidateGroups.roles(candidateGroups), task.created(), due, overdue, task.priority(),
                    task.followUp() == null ? null : WaypointClock.dayOf(task.followUp()), task.processInstanceId(),
                    task.staffId(), null, TaskAccess.allowedActions(task.assignee(), candidateGroups, caller));
        }).toList();
    }
}
