package app.waypoint.tasks.domain;

import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.BusinessKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The tasks a caller may see, as an engine query: a worker their own and those offered to their team; a manager their own
 * and every task about the young people and staff of the teams they manage (their own team, or the teams a service manager,
 * head of service or director is above; e.g. a worker's supervision); an IRO their own and every task
 * about the young people they are IRO for; an admin all.
 */
@ApplicationScoped
class VisibleTasks {

    private final TaskService tasks;
    private final VisibilityService visibility;
    private final StaffService staff;

    VisibleTasks(TaskService tasks, VisibilityService visibility, StaffService staff) {
        this.tasks = tasks;
        this.visibility = visibility;
        this.staff = staff;
    }

    /** The query, or empty when the caller can see no task at all. */
    Optional<TaskQuery> query(Caller caller) {
        TaskQuery query = tasks.createTaskQuery().active();
        if (caller.is(StaffRole.WORKER)) {
            return Optional.of(query.or()
                    .taskAssignee(caller.username())
                    .taskCandidateGroup(TeamCandidateGroups.of(caller.role().roleName(), String.valueOf(caller.teamId())))
                    .endOr());
        }
        Optional<Set<UUID>> youngPeople = visibility.visibleYoungPeople(caller);
        if (youngPeople.isEmpty()) {
            return Optional.of(query);
        }
        List<String> keys = new ArrayList<>(youngPeople.get().stream().map(UUID::toString).toList());
        teamStaff(caller).map(BusinessKeys::ofStaff).forEach(keys::add);
        if (keys.isEmpty()) {
            return Optional.of(query.taskAssignee(caller.username()));
        }
        return Optional.of(query.or()
                .taskAssignee(caller.username())
                .processInstanceBusinessKeyIn(keys.toArray(String[]::new))
                .endOr());
    }

    /** Whether the caller may see tasks of a process with this business key (whoever the task is assigned to). */
    boolean canSeeProcessOf(String businessKey, Caller caller) {
        Optional<UUID> youngPerson = BusinessKeys.youngPerson(businessKey);
        if (youngPerson.isPresent()) {
            return visibility.canSee(youngPerson.get(), caller);
        }
        return BusinessKeys.staff(businessKey)
                .map(staffId -> caller.is(StaffRole.ADMIN) || staffId.equals(caller.staffId()) || teamStaff(caller).anyMatch(staffId::equals))
                .orElse(false);
    }

    /** The staff of the teams a manager manages (their own, or those they are above); nobody for other roles. */
    private Stream<UUID> teamStaff(Caller caller) {
        return visibility.managedTeams(caller).stream().flatMap(team -> staff.teamMembers(team).stream()).map(StaffResponse::id);
    }
}
