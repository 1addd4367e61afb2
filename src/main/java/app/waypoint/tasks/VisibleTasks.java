package app.waypoint.tasks;

import app.waypoint.people.Caller;
import app.waypoint.people.StaffRole;
import app.waypoint.people.VisibilityService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The tasks a caller may see, as an engine query: a worker their own and those offered to their team; a manager every
 * task about their team's young people; an IRO every task about the young people they are IRO for; an admin all.
 */
@ApplicationScoped
class VisibleTasks {

    private final TaskService tasks;
    private final VisibilityService visibility;

    VisibleTasks(TaskService tasks, VisibilityService visibility) {
        this.tasks = tasks;
        this.visibility = visibility;
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
        if (youngPeople.get().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(query.processInstanceBusinessKeyIn(youngPeople.get().stream().map(UUID::toString).toArray(String[]::new)));
    }
}
