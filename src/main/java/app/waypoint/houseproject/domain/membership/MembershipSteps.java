package app.waypoint.houseproject.domain.membership;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.houseproject.domain.records.StepResponse;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.task.TaskQueries;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The steps an open membership's process is at now, each task with its due day and whether it is overdue. */
@ApplicationScoped
class MembershipSteps {

    private final ProcessGateway processes;
    private final TaskQueries tasks;
    private final WaypointClock clock;

    MembershipSteps(ProcessGateway processes, TaskQueries tasks, WaypointClock clock) {
        this.processes = processes;
        this.tasks = tasks;
        this.clock = clock;
    }

    List<StepResponse> current(Membership membership) {
        if (!membership.isOpen()) {
            return List.of();
        }
        Map<String, TaskFacts> open = tasks.openTasksOf(membership.processInstanceId).stream()
                .collect(Collectors.toMap(TaskFacts::key, Function.identity(), (first, second) -> first));
        Instant now = clock.now();
        return processes.currentSteps(membership.processInstanceId).stream().map(step -> {
            TaskFacts task = open.get(step.id());
            Instant due = task == null ? null : task.due();
            return new StepResponse(step.id(), step.name(), due == null ? null : WaypointClock.dayOf(due),
                    due != null && due.isBefore(now));
        }).toList();
    }
}
