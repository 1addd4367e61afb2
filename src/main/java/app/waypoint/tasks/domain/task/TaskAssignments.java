package app.waypoint.tasks.domain.task;

import static app.waypoint.tasks.domain.task.TaskAccess.alreadyAssigned;
import static app.waypoint.tasks.domain.task.TaskAccess.managesTasks;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.tasks.domain.events.TaskEvents;
import app.waypoint.tasks.domain.events.TaskFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** Who holds a task and by when: claim, give back, assign (managers), move the due date (managers) and follow it up (its assignee). */
@ApplicationScoped
public class TaskAssignments {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final TaskAccess access;
    private final TaskService tasks;
    private final StaffService staff;
    private final WaypointClock clock;
    private final Event<TaskEvents.Reassigned> reassignments;
    private final Event<TaskEvents.DueDateChanged> dueDateChanges;

    TaskAssignments(TaskAccess access, TaskService tasks, StaffService staff, WaypointClock clock,
                    Event<TaskEvents.Reassigned> reassignments, Event<TaskEvents.DueDateChanged> dueDateChanges) {
        this.access = access;
        this.tasks = tasks;
        this.staff = staff;
        this.clock = clock;
        this.reassignments = reassignments;
        this.dueDateChanges = dueDateChanges;
    }

    @Transactional
    public TaskResponse claim(String taskId, Caller caller) {
        Task task = access.visible(taskId, caller);
        if (task.getAssignee() != null) {
            throw alreadyAssigned(task);
        }
        access.requireOfferedTo(task, caller);
        return reassigned(taskId, caller, () -> tasks.claim(taskId, caller.username()));
    }

    @Transactional
    public TaskResponse unclaim(String taskId, Caller caller) {
        Task task = access.visible(taskId, caller);
        if (!caller.username().equals(task.getAssignee()) && !managesTasks(caller)) {
            throw new ForbiddenException("Only the assignee or a manager may give this task back.");
        }
        return reassigned(taskId, caller, () -> tasks.setAssignee(taskId, null));
    }

    @Transactional
    public TaskResponse assign(String taskId, String username, Caller caller) {
        Task task = access.visible(taskId, caller);
        if (!managesTasks(caller)) {
            throw new ForbiddenException("Only a manager may assign tasks.");
        }
        StaffResponse assignee = staff.byUsername(username).orElseThrow(() -> new RuleViolationException("unknown-staff",
                "There is no member of staff with username " + username + ".", List.of(new FieldError("username", "no such staff"))));
        List<String> candidateRoles = access.candidateRoles(task);
        if (!mayTake(assignee, candidateRoles, caller)) {
            throw new RuleViolationException("cannot-take-task", username + " cannot take this task: it is for a "
                    + String.join(" or ", candidateRoles) + " of the team.", List.of(new FieldError("username", "wrong role or team")));
        }
        return reassigned(taskId, caller, () -> tasks.setAssignee(taskId, assignee.username()));
    }

    /**
     * The members of the caller's team a task may be assigned to, by name: those whose role it is offered to and who are not
     * disabled; nobody when the caller may not assign it.
     */
    public List<StaffResponse> assignees(TaskResponse task, Caller caller) {
        if (!task.allowedActions().contains(TaskAction.ASSIGN) || caller.teamId() == null) {
            return List.of();
        }
        return staff.teamMembers(caller.teamId()).stream().filter(member -> mayTake(member, task.candidateGroups(), caller))
                .sorted(Comparator.comparing(StaffResponse::displayName)).toList();
    }

    /** The rule of {@link #assign}: the task is offered to their role, they are in the manager's team and not disabled. */
    private static boolean mayTake(StaffResponse assignee, List<String> candidateRoles, Caller caller) {
        return candidateRoles.contains(assignee.role().roleName()) && assignee.disabledAt() == null
                && !(caller.is(StaffRole.MANAGER) && !caller.teamId().equals(assignee.teamId()));
    }

    /**
     * A manager moves the due date, with a reason; the escalation chain follows the new date. The change and its reason stay
     * on the task as a comment by the manager, so whoever holds the task sees why.
     */
    @Transactional
    public TaskResponse changeDueDate(String taskId, LocalDate due, String reason, Caller caller) {
        Task task = access.visible(taskId, caller);
        if (!managesTasks(caller)) {
            throw new ForbiddenException("Only a manager may change a task's due date.");
        }
        if (due.isBefore(clock.today())) {
            throw new RuleViolationException("due-date-in-past", "A new due date cannot be in the past.",
                    List.of(new FieldError("due", "must be today or later")));
        }
        LocalDate previous = task.getDueDate() == null ? null : WaypointClock.dayOf(task.getDueDate().toInstant());
        task.setDueDate(Date.from(WaypointClock.endOf(due)));
        access.guarded(() -> {
            tasks.saveTask(task);
            return tasks.createComment(taskId, task.getProcessInstanceId(), dueDateComment(previous, due, reason));
        }, caller);
        dueDateChanges.fire(new TaskEvents.DueDateChanged(stillOpen(taskId), previous, due, reason, caller.username()));
        return access.response(taskId, caller);
    }

    private static String dueDateComment(LocalDate previous, LocalDate due, String reason) {
        return (previous == null ? "Due date set to " + DAY.format(due) : "Due date moved from " + DAY.format(previous) + " to " + DAY.format(due))
                + ". Reason: " + reason.trim();
    }

    /**
     * The assignee sets the day to follow the task up ("remind me on"), today or later, or clears it ({@code null}): until that
     * day it waits under "Follow up later" in their tray, and on the day it shows under "Follow up today".
     */
    @Transactional
    public TaskResponse setFollowUp(String taskId, LocalDate followUp, Caller caller) {
        Task task = access.visible(taskId, caller);
        if (!caller.username().equals(task.getAssignee())) {
            throw new ForbiddenException("Only the person a task is assigned to may set when to follow it up.");
        }
        if (followUp != null && followUp.isBefore(clock.today())) {
            throw new RuleViolationException("follow-up-in-past", "A follow-up date cannot be in the past.",
                    List.of(new FieldError("followUp", "must be today or later")));
        }
        task.setFollowUpDate(followUp == null ? null : Date.from(WaypointClock.startOf(followUp)));
        access.guarded(() -> {
            tasks.saveTask(task);
            return null;
        });
        return access.response(taskId, caller);
    }

    /** Makes the change to who holds the task (a race is a 409), tells the escalation chain and returns the task as it is now. */
    private TaskResponse reassigned(String taskId, Caller caller, Runnable change) {
        access.guarded(() -> {
            change.run();
            return null;
        });
        reassignments.fire(new TaskEvents.Reassigned(stillOpen(taskId)));
        return access.response(taskId, caller);
    }

    /** The task's facts after a change; if someone completed it in the meantime, 409 like any other late caller. */
    private TaskFacts stillOpen(String taskId) {
        return access.facts(taskId)
                .orElseThrow(() -> new ConflictException("task-already-completed", "This task has already been completed."));
    }
}
