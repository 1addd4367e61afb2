package app.waypoint.tasks.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/** Reading the tasklist: the tasks a caller may see, one task, and the facts of open tasks that other features need. */
@ApplicationScoped
public class TaskQueries {

    private final VisibleTasks visibleTasks;
    private final TaskAccess access;
    private final TaskService tasks;
    private final TaskMapper mapper;
    private final WaypointClock clock;

    TaskQueries(VisibleTasks visibleTasks, TaskAccess access, TaskService tasks, TaskMapper mapper, WaypointClock clock) {
        this.visibleTasks = visibleTasks;
        this.access = access;
        this.tasks = tasks;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public Page<TaskResponse> list(TaskFilter filter, Caller caller) {
        Optional<TaskQuery> visible = visibleTasks.query(caller);
        if (visible.isEmpty()) {
            return new Page<>(List.of(), 0, filter.paging().page(), filter.paging().size());
        }
        TaskQuery query = narrow(visible.get(), filter, caller);
        long total = query.count();
        List<TaskResponse> items = query.listPage(filter.paging().offset(), filter.paging().size()).stream()
                .map(task -> mapper.toResponse(task, false))
                .toList();
        return new Page<>(items, total, filter.paging().page(), filter.paging().size());
    }

    @Transactional
    public TaskResponse get(String taskId, Caller caller) {
        return access.response(taskId, caller);
    }

    /** The caller's own open tasks in one process instance, soonest due first: e.g. the step after one they just completed. */
    @Transactional
    public List<TaskResponse> assignedInProcess(String processInstanceId, Caller caller) {
        return visibleTasks.query(caller)
                .map(query -> query.processInstanceId(processInstanceId).taskAssignee(caller.username()).orderByDueDate().asc().list())
                .orElse(List.of()).stream()
                .map(task -> mapper.toResponse(task, false))
                .toList();
    }

    /** What other features need to know about an open task (no visibility check: for processes, not callers). */
    @Transactional
    public Optional<TaskFacts> facts(String taskId) {
        return access.facts(taskId);
    }

    /**
     * The open tasks assigned to a member of staff that are past their due date and about a young person, most overdue first
     * (no visibility check: for a supervision agenda, which the worker's supervisor reads).
     */
    @Transactional
    public List<TaskFacts> overdueAssignedTo(String username) {
        return tasks.createTaskQuery().active().taskAssignee(username).dueBefore(Date.from(clock.now())).orderByDueDate().asc().list()
                .stream().map(access::factsOf).filter(task -> task.youngPersonId() != null).toList();
    }

    /** Every open task of a process instance (no visibility check: for features that have checked the caller themselves). */
    @Transactional
    public List<TaskFacts> openTasksOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(task -> access.facts(task.getId()).orElseThrow())
                .toList();
    }

    /** The open task of a process instance at one step, if it is waiting there (no visibility check: for processes, not callers). */
    @Transactional
    public Optional<TaskFacts> openTask(String processInstanceId, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        return task == null ? Optional.empty() : access.facts(task.getId());
    }

    private TaskQuery narrow(TaskQuery query, TaskFilter filter, Caller caller) {
        switch (filter.scopeValue()) {
            case MINE -> query.taskAssignee(caller.username());
            case TEAM -> query.taskUnassigned().taskCandidateGroupIn(List.of(
                    TeamCandidateGroups.of(StaffRole.WORKER.roleName(), String.valueOf(caller.teamId())),
                    TeamCandidateGroups.of(StaffRole.MANAGER.roleName(), String.valueOf(caller.teamId()))));
            case ALL -> { }
        }
        if (filter.youngPersonId() != null) {
            query.processInstanceBusinessKey(filter.youngPersonId().toString());
        }
        if (filter.processKey() != null) {
            query.processDefinitionKey(filter.processKey());
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.dueBefore(Date.from(clock.now()));
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            query.or().dueAfter(Date.from(clock.now())).withoutDueDate().endOr();
        }
        if (filter.dueBefore() != null) {
            query.dueBefore(Date.from(WaypointClock.startOf(filter.dueBefore())));
        }
        if (filter.dueAfter() != null) {
            query.dueAfter(Date.from(WaypointClock.endOf(filter.dueAfter())));
        }
        switch (filter.sortValue()) {
            case DUE -> query.orderByDueDate();
            case CREATED -> query.orderByTaskCreateTime();
            case PRIORITY -> query.orderByTaskPriority();
        }
        if (filter.descending()) {
            query.desc();
        } else {
            query.asc();
        }
        return query.orderByTaskId().asc();
    }
}
