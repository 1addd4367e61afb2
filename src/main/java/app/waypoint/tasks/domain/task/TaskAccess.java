package app.waypoint.tasks.domain.task;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.BusinessKeys;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.PlainSql;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.visibility.TaskSql;
import app.waypoint.tasks.domain.visibility.TeamCandidateGroups;
import app.waypoint.tasks.domain.visibility.VisibleTasks;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * What the tasklist's reads, assignments and completions share: finding a task the caller may see, a task's facts, who a
 * task is offered to, and turning engine races into 409s. Runs inside the transaction of the public method that calls it.
 */
@ApplicationScoped
class TaskAccess {

    /**
     * An open task's facts from the tasklist's copy (V104, kept by the database in the same statement as the engine's row, so
     * never behind what the engine has written) and its process's key: one statement, where the engine's task query and its
     * history's process instance query were two, with their mapping (a fifth of an escalation's CPU, JFR, README "Performance").
     */
    private static final String FACTS = "select s.task_id, s.task_key, s.name, s.assignee, s.young_person_id, s.due, s.process_instance_id,"
            + " s.staff_id, d.key_ from waypoint.task_subject s join act_re_procdef d on d.id_ = s.process_definition_id where s.task_id = ?";

    private final VisibleTasks visibleTasks;
    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final TaskMapper mapper;
    private final PlainSql sql;

    TaskAccess(VisibleTasks visibleTasks, TaskService tasks, HistoryService history, IdentityService identity, TaskMapper mapper, PlainSql sql) {
        this.visibleTasks = visibleTasks;
        this.tasks = tasks;
        this.history = history;
        this.identity = identity;
        this.mapper = mapper;
        this.sql = sql;
    }

    /** The task if the caller may see it; 409 if it was completed already, otherwise 404. */
    Task visible(String taskId, Caller caller) {
        Task task = visibleOne(taskId, caller).single(tasks);
        return task != null ? task : refuseAbsent(taskId, caller);
    }

    /**
     * As {@link #visible}, with the task's row locked until the transaction ends (in the same statement), so that completions
     * of one task run one after the other: the later waits for the earlier to commit, then finds the task gone, a plain 409.
     * Completing runs task listeners that change other process instances (e.g. stopping the task's escalation chain); two
     * overlapping completions could otherwise fail inside those listeners with an engine error that is not an optimistic-locking
     * conflict.
     */
    Task visibleLocked(String taskId, Caller caller) {
        Task task = visibleOne(taskId, caller).singleLocked(tasks);
        return task != null ? task : refuseAbsent(taskId, caller);
    }

    /** The open task of this id among those the caller may see. */
    private TaskSql visibleOne(String taskId, Caller caller) {
        return visibleTasks.query(caller).and("RES.ID_ = #{taskId}").with("taskId", taskId);
    }

    /** A task the caller cannot have: 409 if it was completed already and they may see its process, otherwise 404. */
    private Task refuseAbsent(String taskId, Caller caller) {
        var done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (done != null && done.getProcessInstanceId() != null && canSeeProcess(done.getProcessInstanceId(), caller)) {
            throw new ConflictException("task-already-completed", "This task has already been completed.");
        }
        throw new NotFoundException("task", taskId);
    }

    /** The task with its form, as the caller sees it; 409 or 404 as {@link #visible}. */
    TaskResponse response(String taskId, Caller caller) {
        return mapper.toResponse(visible(taskId, caller), true, caller);
    }

    /**
     * The facts of an open task, if it is still open (no visibility check), as the engine has written it: called between the
     * engine's commands, or in a job's command that has not changed the task.
     */
    Optional<TaskFacts> facts(String taskId) {
        return sql.first(FACTS, row -> {
            Timestamp due = row.getTimestamp(6);
            return new TaskFacts(row.getString(1), row.getString(2), row.getString(3), row.getString(4), row.getObject(5, UUID.class),
                    due == null ? null : due.toInstant(), row.getString(7), row.getObject(8, UUID.class), row.getString(9));
        }, taskId);
    }

    TaskFacts factsOf(Task task) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
        String businessKey = instance == null ? null : instance.getBusinessKey();
        return new TaskFacts(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getAssignee(),
                BusinessKeys.youngPerson(businessKey).orElse(null), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                task.getProcessInstanceId(), BusinessKeys.staff(businessKey).orElse(null),
                instance == null ? null : instance.getProcessDefinitionKey());
    }

    void requireOfferedTo(Task task, Caller caller) {
        if (!offeredTo(TeamCandidateGroups.groups(tasks.getIdentityLinksForTask(task.getId())), caller)) {
            throw new ForbiddenException("This task is offered to " + String.join(" or ", candidateRoles(task)) + "s, not to you.");
        }
    }

    /** Whether a task with these candidate groups is offered to the caller: to their role in their team (an admin: any). */
    static boolean offeredTo(List<String> candidateGroups, Caller caller) {
        return caller.is(StaffRole.ADMIN)
                || candidateGroups.contains(TeamCandidateGroups.of(caller.role().roleName(), String.valueOf(caller.teamId())));
    }

    /**
     * What the caller may do with a visible task held by {@code assignee}, by the rules of claim, give back, assign, move the
     * due date, complete and follow up. Giving back is offered only while the task is offered to a role, so that someone can claim it again.
     */
    static List<TaskAction> allowedActions(String assignee, List<String> candidateGroups, Caller caller) {
        boolean mine = caller.username().equals(assignee);
        boolean offered = offeredTo(candidateGroups, caller);
        List<TaskAction> allowed = new ArrayList<>();
        if (assignee == null && offered) {
            allowed.add(TaskAction.CLAIM);
        }
        if (assignee != null && (mine || managesTasks(caller)) && !TeamCandidateGroups.roles(candidateGroups).isEmpty()) {
            allowed.add(TaskAction.UNCLAIM);
        }
        if (managesTasks(caller)) {
            allowed.add(TaskAction.ASSIGN);
            allowed.add(TaskAction.CHANGE_DUE_DATE);
        }
        if (mine || (assignee != null && managesTasks(caller)) || (assignee == null && offered)) {
            allowed.add(TaskAction.COMPLETE);
        }
        if (mine) {
            allowed.add(TaskAction.SET_FOLLOW_UP);
        }
        return List.copyOf(allowed);
    }

    List<String> candidateRoles(Task task) {
        return TeamCandidateGroups.roles(TeamCandidateGroups.groups(tasks.getIdentityLinksForTask(task.getId())));
    }

    /**
     * Administrators, and team managers for the tasks they see; not service managers, heads of service or directors (managers
     * without a team), who see their service's tasks but act only on those assigned to them (e.g. a dispute's stage).
     */
    static boolean managesTasks(Caller caller) {
        return caller.is(StaffRole.ADMIN) || (caller.is(StaffRole.MANAGER) && caller.teamId() != null);
    }

    static ConflictException alreadyAssigned(Task task) {
        return new ConflictException("task-assigned-to-someone-else", "This task is assigned to " + task.getAssignee()
                + "; ask a manager to reassign it.");
    }

    /** Runs an engine call; a concurrent change or completion of the task becomes a 409. */
    <T> T guarded(Supplier<T> action) {
        try {
            return action.get();
        } catch (OptimisticLockingException | org.camunda.bpm.engine.TaskAlreadyClaimedException e) {
            throw new ConflictException("task-changed", "Someone else changed this task at the same time; reload it.");
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            throw new ConflictException("task-already-completed", "This task has already been completed.");
        }
    }

    /** As {@link #guarded(Supplier)}, with the caller authenticated to the engine (so comments and history name them). */
    <T> T guarded(Supplier<T> action, Caller caller) {
        identity.setAuthenticatedUserId(caller.username());
        try {
            return guarded(action);
        } finally {
            identity.clearAuthentication();
        }
    }

    private boolean canSeeProcess(String processInstanceId, Caller caller) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        return instance != null && instance.getBusinessKey() != null && visibleTasks.canSeeProcessOf(instance.getBusinessKey(), caller);
    }
}
