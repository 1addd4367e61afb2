package app.waypoint.escalations.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.OwnJobs;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.escalations.domain.EscalationChainLinks.Chain;
import app.waypoint.escalations.process.TaskEscalationProcess;
import app.waypoint.tasks.domain.events.TaskEvents;
import app.waypoint.tasks.domain.events.TaskFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;

/**
 * Runs one escalation chain per open task with a deadline: started when the task appears, started afresh when its due
 * date moves (so the new timetable applies), stopped when it closes or changes hands. All of it happens in the transaction
 * that changes the task. A chain is one timer job at a time ({@link OwnJobs}), the job of its next step; when a step fires
 * it raises its rung and schedules the next (README "Performance": a chain used to be a process instance that only waited
 * for timers, 26 statements of each completion). Chains started before V88 are {@code TaskEscalationProcess} instances
 * and run to their end as before; stopping one still sends it the model's message.
 */
@ApplicationScoped
public class EscalationChains {

    private final OwnJobs jobs;
    private final ProcessGateway processes;
    private final EscalationPolicy policy;
    private final EscalationService escalations;
    private final EscalationResolutions resolutions;
    private final DueDateChangeRepository dueDateChanges;
    private final EscalationChainLinks links;
    private final WaypointClock clock;

    EscalationChains(OwnJobs jobs, ProcessGateway processes, EscalationPolicy policy, EscalationService escalations,
                     EscalationResolutions resolutions, DueDateChangeRepository dueDateChanges, EscalationChainLinks links, WaypointClock clock) {
        this.jobs = jobs;
        this.processes = processes;
        this.policy = policy;
        this.escalations = escalations;
        this.resolutions = resolutions;
        this.dueDateChanges = dueDateChanges;
        this.links = links;
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
        resolutions.resolveAll(event.taskId(), clock.now());
    }

    /**
     * A step's job has come due (called by the job's handler, in the job's transaction): the chain moves on to its next
     * step, then this one's reminder or rung goes out. Nothing goes out when the chain was stopped while the job waited.
     */
    public void fire(String jobId, String stepText) {
        ChainStep step = ChainStep.ofText(stepText);
        Optional<ChainStep> next = step.next();
        String nextJobId = next.isPresent() ? jobs.newId() : null;
        if (!links.moveOn(step.taskId(), jobId, nextJobId)) {
            return;
        }
        step.kind().stage().ifPresentOrElse(stage -> escalations.escalate(step.chainId(), step.taskId(), stage),
                () -> escalations.remind(step.chainId(), step.taskId()));
        next.ifPresent(following -> schedule(nextJobId, following));
    }

    /** A chain's id is the id of its first step's job; its escalation records carry it. */
    private void start(TaskFacts task) {
        if (task.due() == null || task.businessKey() == null || !policy.enabled(task.key())) {
            return;
        }
        String chainId = jobs.newId();
        schedule(chainId, ChainStep.first(chainId, task.id(), policy.timetable(task.key(), WaypointClock.dayOf(task.due()), clock.now())));
        links.link(task.id(), chainId);
    }

    private void schedule(String jobId, ChainStep step) {
        jobs.schedule(jobId, TaskEscalationProcess.STEP_JOB, step.at(), step.text());
    }

    /** Stops the task's chain, found through its link (never by searching the engine's tables, see README "Performance"). */
    private void stop(String taskId) {
        links.unlink(taskId).ifPresent(this::stop);
    }

    private void stop(Chain chain) {
        if (chain.jobId() != null) {
            jobs.cancel(chain.jobId());
        } else {
            processes.correlateIfWaiting(TaskEscalationProcess.MSG_TASK_CLOSED, chain.processInstanceId());
        }
    }
}
