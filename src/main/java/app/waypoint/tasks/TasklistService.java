package app.waypoint.tasks;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.Caller;
import app.waypoint.people.StaffResponse;
import app.waypoint.people.StaffRole;
import app.waypoint.people.StaffService;
import app.waypoint.shared.BusinessKeys;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/** The tasklist: list, read, claim, unclaim, assign, comment on and complete the tasks of every process. */
@ApplicationScoped
public class TasklistService {

    private final VisibleTasks visibleTasks;
    private final TaskLocks locks;
    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final TaskForms forms;
    private final TaskMapper mapper;
    private final StaffService staff;
    private final WaypointClock clock;
    private final Event<TaskEvents.Reassigned> reassignments;
    private final Event<TaskEvents.DueDateChanged> dueDateChanges;

    TasklistService(VisibleTasks visibleTasks, TaskLocks locks, TaskService tasks, HistoryService history, IdentityService identity, TaskForms forms,
                    TaskMapper mapper, StaffService staff, WaypointClock clock,
                    Event<TaskEvents.Reassigned> reassignments, Event<TaskEvents.DueDateChanged> dueDateChanges) {
        this.visibleTasks = visibleTasks;
        this.locks = locks;
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        this.forms = forms;
        this.mapper = mapper;
        this.staff = staff;
        this.clock = clock;
        this.reassignments = reassignments;
        this.dueDateChanges = dueDateChanges;
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
        return mapper.toResponse(visible(taskId, caller), true);
    }

    @Transactional
    public TaskResponse claim(String taskId, Caller caller) {
        Task task = visible(taskId, caller);
        if (task.getAssignee() != null) {
            throw alreadyAssigned(task, caller);
        }
        requireOfferedTo(task, caller);
        guarded(() -> {
            tasks.claim(taskId, caller.username());
            return null;
        });
        reassignments.fire(new TaskEvents.Reassigned(stillOpen(taskId)));
        return get(taskId, caller);
    }

    @Transactional
    public TaskResponse unclaim(String taskId, Caller caller) {
        Task task = visible(taskId, caller);
        if (!caller.username().equals(task.getAssignee()) && !managesTasks(caller)) {
            throw new ForbiddenException("Only the assignee or a manager may give this task back.");
        }
        guarded(() -> {
            tasks.setAssignee(taskId, null);
            return null;
        });
        reassignments.fire(new TaskEvents.Reassigned(stillOpen(taskId)));
        return get(taskId, caller);
    }

    @Transactional
    public TaskResponse assign(String taskId, String username, Caller caller) {
        Task task = visible(taskId, caller);
        if (!managesTasks(caller)) {
            throw new ForbiddenException("Only a manager may assign tasks.");
        }
        StaffResponse assignee = staff.byUsername(username).orElseThrow(() -> new RuleViolationException("unknown-staff",
                "There is no member of staff with username " + username + ".", List.of(new FieldError("username", "no such staff"))));
        if (!candidateRoles(task).contains(assignee.role().roleName())
                || (caller.is(StaffRole.MANAGER) && !caller.teamId().equals(assignee.teamId()))) {
            throw new RuleViolationException("cannot-take-task", username + " cannot take this task: it is for a "
                    + String.join(" or ", candidateRoles(task)) + " of the team.", List.of(new FieldError("username", "wrong role or team")));
        }
        guarded(() -> {
            tasks.setAssignee(taskId, assignee.username());
            return null;
        });
        reassignments.fire(new TaskEvents.Reassigned(stillOpen(taskId)));
        return get(taskId, caller);
    }

    /** A manager moves the due date, with a reason; the escalation chain follows the new date. */
    @Transactional
    public TaskResponse changeDueDate(String taskId, LocalDate due, String reason, Caller caller) {
        Task task = visible(taskId, caller);
        if (!managesTasks(caller)) {
            throw new ForbiddenException("Only a manager may change a task's due date.");
        }
        if (due.isBefore(clock.today())) {
            throw new RuleViolationException("due-date-in-past", "A new due date cannot be in the past.",
                    List.of(new FieldError("due", "must be today or later")));
        }
        LocalDate previous = task.getDueDate() == null ? null : WaypointClock.dayOf(task.getDueDate().toInstant());
        task.setDueDate(Date.from(WaypointClock.endOf(due)));
        guarded(() -> {
            tasks.saveTask(task);
            return null;
        });
        dueDateChanges.fire(new TaskEvents.DueDateChanged(stillOpen(taskId), previous, due, reason, caller.username()));
        return get(taskId, caller);
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
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        return task == null ? Optional.empty() : Optional.of(factsOf(task));
    }

    /**
     * The open tasks assigned to a member of staff that are past their due date and about a young person, most overdue first
     * (no visibility check: for a supervision agenda, which the worker's supervisor reads).
     */
    @Transactional
    public List<TaskFacts> overdueAssignedTo(String username) {
        return tasks.createTaskQuery().active().taskAssignee(username).dueBefore(Date.from(clock.now())).orderByDueDate().asc().list()
                .stream().map(this::factsOf).filter(task -> task.youngPersonId() != null).toList();
    }

    private TaskFacts factsOf(Task task) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        String businessKey = instance == null ? null : instance.getBusinessKey();
        return new TaskFacts(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                BusinessKeys.youngPerson(businessKey).orElse(null), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getProcessInstanceId(), BusinessKeys.staff(businessKey).orElse(null));
    }

    /** Every open task of a process instance (no visibility check: for features that have checked the caller themselves). */
    @Transactional
    public List<TaskFacts> openTasksOf(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).list().stream()
                .map(task -> facts(task.getId()).orElseThrow())
                .toList();
    }

    /** The open task of a process instance at one step, if it is waiting there (no visibility check: for processes, not callers). */
    @Transactional
    public Optional<TaskFacts> openTask(String processInstanceId, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
        return task == null ? Optional.empty() : facts(task.getId());
    }

    /**
     * Completes a task with its form values for a feature that has checked the person's authority itself (e.g. a dispute's
     * respondent, who may not see the young person otherwise); the form is checked as in {@link #complete}.
     */
    @Transactional
    public void completeAs(String taskId, Map<String, Object> values, String username) {
        locks.lockOpenTask(taskId);
        identity.setAuthenticatedUserId(username);
        try {
            guarded(() -> {
                Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
                if (task == null) {
                    throw new ConflictException("task-already-completed", "This task has already been completed.");
                }
                // after the check, inside the guard: reading the form of a task completed meanwhile is a 409, not a 500
                Map<String, Object> variables = forms.validate(taskId, values);
                if (task.getAssignee() == null) {
                    tasks.claim(taskId, username);
                }
                tasks.complete(taskId, variables);
                return null;
            });
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Completes the task with its form values: one success, and 409 for anyone who completes it again or at once. */
    @Transactional
    public void complete(String taskId, Map<String, Object> values, Caller caller) {
        Task task = visible(taskId, caller);
        if (task.getAssignee() != null && !task.getAssignee().equals(caller.username()) && !managesTasks(caller)) {
            throw alreadyAssigned(task, caller);
        }
        locks.lockOpenTask(taskId);
        guarded(() -> {
            // every engine call is inside the guard: someone else can complete the task after the visibility check above
            if (task.getAssignee() == null) {
                requireOfferedTo(task, caller);
            }
            Map<String, Object> variables = forms.validate(taskId, values);
            if (task.getAssignee() == null) {
                tasks.claim(taskId, caller.username());
            }
            tasks.complete(taskId, variables);
            return null;
        }, caller);
    }

    @Transactional
    public List<CommentResponse> comments(String taskId, Caller caller) {
        visible(taskId, caller);
        return tasks.getTaskComments(taskId).stream()
                .map(c -> new CommentResponse(c.getId(), c.getUserId(), c.getTime().toInstant(), c.getFullMessage()))
                .toList();
    }

    @Transactional
    public CommentResponse comment(String taskId, String message, Caller caller) {
        Task task = visible(taskId, caller);
        var comment = guarded(() -> tasks.createComment(taskId, task.getProcessInstanceId(), message), caller);
        return new CommentResponse(comment.getId(), comment.getUserId(), comment.getTime().toInstant(), comment.getFullMessage());
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

    /** The task if the caller may see it; 409 if it was completed already, otherwise 404. */
    private Task visible(String taskId, Caller caller) {
        Optional<Task> task = visibleTasks.query(caller).map(query -> query.taskId(taskId).singleResult());
        if (task.isPresent()) {
            return task.get();
        }
        var done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (done != null && done.getProcessInstanceId() != null && canSeeProcess(done.getProcessInstanceId(), caller)) {
            throw new ConflictException("task-already-completed", "This task has already been completed.");
        }
        throw new NotFoundException("task", taskId);
    }

    private boolean canSeeProcess(String processInstanceId, Caller caller) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance != null && instance.getBusinessKey() != null && visibleTasks.canSeeProcessOf(instance.getBusinessKey(), caller);
    }

    private void requireOfferedTo(Task task, Caller caller) {
        boolean offered = tasks.getIdentityLinksForTask(task.getId()).stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                        && TeamCandidateGroups.of(caller.role().roleName(), String.valueOf(caller.teamId())).equals(link.getGroupId()));
        if (!offered && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("This task is offered to " + String.join(" or ", candidateRoles(task)) + "s, not to you.");
        }
    }

    private List<String> candidateRoles(Task task) {
        return TeamCandidateGroups.roles(tasks.getIdentityLinksForTask(task.getId()));
    }

    private static boolean managesTasks(Caller caller) {
        return caller.is(StaffRole.MANAGER) || caller.is(StaffRole.ADMIN);
    }

    private static ConflictException alreadyAssigned(Task task, Caller caller) {
        return new ConflictException("task-assigned-to-someone-else", "This task is assigned to " + task.getAssignee()
                + "; ask a manager to reassign it.");
    }

    /** The task's facts after a change; if someone completed it in the meantime, 409 like any other late caller. */
    private TaskFacts stillOpen(String taskId) {
        return facts(taskId).orElseThrow(() -> new ConflictException("task-already-completed", "This task has already been completed."));
    }

    private <T> T guarded(Supplier<T> action) {
        try {
            return action.get();
        } catch (OptimisticLockingException | org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new ConflictException("task-changed", "Someone else changed this task at the same time; reload it.");
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            throw new ConflictException("task-already-completed", "This task has already been completed.");
        }
    }

    private <T> T guarded(Supplier<T> action, Caller caller) {
        identity.setAuthenticatedUserId(caller.username());
        try {
            return guarded(action);
        } finally {
            identity.clearAuthentication();
        }
    }
}
