package app.waypoint.escalations.domain;

import static app.waypoint.escalations.process.TaskEscalationProcess.VAR_TASK_ID;
import static app.waypoint.escalations.process.TaskEscalationProcess.VAR_TIMETABLE;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.escalations.domain.EscalationPolicy.Timetable;
import app.waypoint.escalations.process.TaskEscalationProcess;
import app.waypoint.tasks.domain.TaskEvents;
import app.waypoint.tasks.domain.TaskFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.Map;

/**
 * Runs one {@code TaskEscalationProcess} per open task with a deadline: started when the task appears, started afresh
 * when its due date moves (so the new timetable applies), stopped when it closes or changes hands. All of it happens in
 * the transaction that changes the task.
 */
@ApplicationScoped
class EscalationChains {

    private final ProcessGateway processes;
    private final EscalationPolicy policy;
    private final EscalationRepository escalations;
    private final DueDateChangeRepository dueDateChanges;
    private final EscalationChainLinks links;
    private final WaypointClock clock;

    EscalationChains(ProcessGateway processes, EscalationPolicy policy, EscalationRepository escalations,
                     DueDateChangeRepository dueDateChanges, EscalationChainLinks links, WaypointClock clock) {
        this.processes = processes;
        this.links = links;
        this.policy = policy;
        this.escalations = escalations;
        this.dueDateChanges = dueDateChanges;
        this.clock = clock;
    }

    void onDeadlineSet(@Observes TaskEvents.DeadlineSet event) {
        start(event.task());
    }

    /**
     * Reassigning stops the chain: the manager has acted on it. Work that is not yet due gets a fresh chain for its new
     * owner; work already overdue escalates again only once a manager gives it a new due date.
     */
    void onReassigned(@Observes TaskEvents.Reassigned event) {
        stop(event.task().id());
        if (event.task().due() != null && event.task().due().isAfter(clock.now())) {
            start(event.task());
        }
    }

    void onDueDateChanged(@Observes TaskEvents.DueDateChanged event) {
        dueDateChanges.persist(new DueDateChange(event.task().id(), event.previousDue(), event.newDue(), event.reason(),
                event.changedBy(), clock.now()));
        stop(event.task().id());
        start(event.task());
    }

    void onClosed(@Observes TaskEvents.Closed event) {
        stop(event.taskId());
        escalations.resolveAll(event.taskId(), clock.now());
    }

    private void start(TaskFacts task) {
        if (task.due() == null || task.businessKey() == null || !policy.enabled(task.key())) {
            return;
        }
        LocalDate dueDay = WaypointClock.dayOf(task.due());
        Timetable timetable = policy.timetable(task.key(), dueDay, clock.now());
        Map<String, Object> variables = Map.of(VAR_TASK_ID, task.id(), VAR_TIMETABLE, timetable.text());
        links.link(task.id(), processes.start(TaskEscalationProcess.KEY, task.businessKey(), variables));
    }

    /** Stops the task's chain, found through its link (never by searching the engine's variables, see README "Performance"). */
    private void stop(String taskId) {
        links.unlink(taskId).ifPresent(chain -> processes.correlateIfWaiting(TaskEscalationProcess.MSG_TASK_CLOSED, chain));
    }
}
