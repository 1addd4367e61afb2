package app.waypoint.tasks.domain.team;

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
import app.waypoint.tasks.domain.task.TaskQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/** A team's work as its managers see it: each member's load, and moving all of one member's tasks to another at once. */
@ApplicationScoped
public class TeamTasks {

    private static final Set<StaffRole> TASK_HOLDERS = Set.of(StaffRole.WORKER, StaffRole.MANAGER);

    private final TaskService tasks;
    private final TaskQueries queries;
    private final StaffService staff;
    private final WaypointClock clock;
    private final Event<TaskEvents.Reassigned> reassignments;

    TeamTasks(TaskService tasks, TaskQueries queries, StaffService staff, WaypointClock clock, Event<TaskEvents.Reassigned> reassignments) {
        this.tasks = tasks;
        this.queries = queries;
        this.staff = staff;
        this.clock = clock;
        this.reassignments = reassignments;
    }

    /** Each worker and manager of the team with their open and overdue task counts, busiest first. */
    @Transactional
    public List<WorkerLoad> workload(UUID teamId, Caller caller) {
        requireManagerOf(teamId, caller);
        Date now = Date.from(clock.now());
        return staff.teamMembers(teamId).stream()
                .filter(member -> TASK_HOLDERS.contains(member.role()))
                .map(member -> new WorkerLoad(member.username(), member.displayName(), member.role().roleName(),
                        tasks.createTaskQuery().active().taskAssignee(member.username()).count(),
                        tasks.createTaskQuery().active().taskAssignee(member.username()).dueBefore(now).count()))
                .sorted(Comparator.comparingLong(WorkerLoad::open).reversed().thenComparing(WorkerLoad::username))
                .toList();
    }

    /**
     * Every open task assigned to {@code from} becomes {@code to}'s, in one transaction (all or none); both must be members of
     * the team with the same role, and only the team's managers (or an administrator) may do it. Each task's escalation chain
     * follows its new assignee as after any other reassignment.
     */
    @Transactional
    public ReassignmentResponse reassignAll(UUID teamId, String from, String to, Caller caller) {
        requireManagerOf(teamId, caller);
        StaffResponse leaving = member(teamId, from, "from");
        StaffResponse taking = member(teamId, to, "to");
        if (leaving.username().equals(taking.username())) {
            throw new RuleViolationException("same-person", "Choose someone else to take the tasks.", List.of(new FieldError("to", "must differ from from")));
        }
        if (leaving.role() != taking.role()) {
            throw new RuleViolationException("cannot-take-tasks", taking.username() + " cannot take " + leaving.username()
                    + "'s tasks: they need a " + leaving.role().roleName() + ".", List.of(new FieldError("to", "wrong role")));
        }
        List<String> moved = tasks.createTaskQuery().active().taskAssignee(leaving.username()).orderByDueDate().asc().list().stream()
                .map(Task::getId).toList();
        try {
            moved.forEach(taskId -> tasks.setAssignee(taskId, taking.username()));
        } catch (OptimisticLockingException e) {
            throw new ConflictException("task-changed", "Someone changed one of these tasks at the same time; try again.");
        }
        moved.forEach(taskId -> queries.facts(taskId).ifPresent(facts -> reassignments.fire(new TaskEvents.Reassigned(facts))));
        return new ReassignmentResponse(leaving.username(), taking.username(), moved.size(), moved);
    }

    private StaffResponse member(UUID teamId, String username, String field) {
        return staff.byUsername(username).filter(found -> teamId.equals(found.teamId()) && TASK_HOLDERS.contains(found.role()))
                .orElseThrow(() -> new RuleViolationException("not-in-team", username + " is not a worker or manager of this team.",
                        List.of(new FieldError(field, "not a worker or manager of this team"))));
    }

    private static void requireManagerOf(UUID teamId, Caller caller) {
        boolean manages = caller.is(StaffRole.ADMIN) || (caller.is(StaffRole.MANAGER) && teamId.equals(caller.teamId()));
        if (!manages) {
            throw new ForbiddenException("Only the team's managers may see and move its work.");
        }
    }
}
