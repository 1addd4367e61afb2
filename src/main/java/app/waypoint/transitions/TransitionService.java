package app.waypoint.transitions;

import static app.waypoint.transitions.LeavingCareTransitionProcess.VAR_CLOSURE_REASON;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.EngineCommands;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.people.youngpeople.YoungPersonService.BirthWindow;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.ScanPasses;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Opens, reports and closes leaving-care transitions. The process instance's business key is the young person's id,
 * so that every task of every process about a young person can be filtered by who may see that young person.
 */
@ApplicationScoped
public class TransitionService {

    private final TransitionRepository transitions;
    private final YoungPersonService youngPeople;
    private final VisibilityService visibility;
    private final ProcessGateway processes;
    private final WaypointClock clock;
    private final EngineCommands commands;
    private final ScanPasses passes;

    TransitionService(TransitionRepository transitions, YoungPersonService youngPeople, VisibilityService visibility,
                      ProcessGateway processes, WaypointClock clock, EngineCommands commands, ScanPasses passes) {
        this.commands = commands;
        this.passes = passes;
        this.transitions = transitions;
        this.youngPeople = youngPeople;
        this.visibility = visibility;
        this.processes = processes;
        this.clock = clock;
    }

    /** Whether a task is the transition's "Write pathway plan" step, which is done in the pathway plan editor. */
    public static boolean writesPathwayPlan(String processKey, String stepId) {
        return LeavingCareTransitionProcess.KEY.equals(processKey) && TransitionSteps.WRITE_PATHWAY_PLAN.equals(stepId);
    }

    /** A manager of the young person's team (or an administrator) opens a transition by hand; 409 while one is open. */
    @Transactional
    public TransitionResponse start(UUID youngPersonId, Caller caller) {
        requireManagerActingFor(youngPersonId, caller);
        return toResponse(open(youngPersonId, caller.username()));
    }

    /**
     * One pass of the daily scan ({@link ScanPasses}): opens a transition for everyone due one who has never had one, of the young
     * people after {@code after}, each in a transaction of its own, so that thousands due at once (the first night after an
     * import) are opened one by one and kept as they go. Someone whose transition a manager opened by hand meanwhile is left as
     * they are.
     */
    public ScanPasses.Pass startDueTransitions(Optional<UUID> after) {
        BirthWindow window = youngPeople.transitionBirthWindow();
        // read in a transaction of its own too: assessing someone may write their status, whose row lock the job's transaction
        // would otherwise hold while opening their transition waits for it
        ScanPasses.Pass pass = passes.work("eligibility scan", () -> commands.inNewTransaction(
                () -> youngPeople.dueForTransition(transitions.neverStartedBornBetween(window.earliest(), window.latest()))), id -> id, after, this::openForScan);
        Log.infof("Eligibility scan opened %d transition(s)%s", pass.actedFor().size(), pass.resumeAfter().isPresent() ? "; the next pass goes on" : "");
        return pass;
    }

    private boolean openForScan(UUID youngPersonId) {
        try {
            commands.inNewTransaction(() -> open(youngPersonId, "eligibility-scan"));
            return true;
        } catch (ConflictException openedMeanwhile) {
            Log.infof("Eligibility scan: young person %s has had a transition opened meanwhile", youngPersonId);
            return false;
        }
    }

    /** Runs the scan now, every pass, on a caller's request; the answer names only the young people the caller may see. */
    @Transactional
    public EligibilityScanResponse scanNow(Caller caller) {
        return new EligibilityScanResponse(ScanPasses.untilDone(this::startDueTransitions).stream()
                .filter(id -> visibility.canAct(id, caller))
                .toList());
    }

    @Transactional
    public TransitionResponse get(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return transitions.latest(youngPersonId).map(this::toResponse)
                .orElseThrow(() -> new NotFoundException("transition", youngPersonId.toString()));
    }

    /** Whether the caller may open a transition for the young person now: a manager of their team or an administrator, none open. */
    @Transactional
    public boolean mayStart(UUID youngPersonId, Caller caller) {
        return managerActingFor(youngPersonId, caller) && transitions.open(youngPersonId).isEmpty();
    }

    /** Whether the caller may close the young person's transition now: a manager of their team or an administrator, one open. */
    @Transactional
    public boolean mayClose(UUID youngPersonId, Caller caller) {
        return managerActingFor(youngPersonId, caller) && transitions.open(youngPersonId).isPresent();
    }

    /** The young person's latest transition, open or closed, if they ever had one. */
    @Transactional
    public Optional<TransitionResponse> latest(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return transitions.latest(youngPersonId).map(this::toResponse);
    }

    /** A manager of the young person's team (or an administrator) closes an open transition early, at the young person's request. */
    @Transactional
    public TransitionResponse requestClosure(UUID youngPersonId, String reason, Caller caller) {
        requireManagerActingFor(youngPersonId, caller);
        Transition transition = transitions.open(youngPersonId)
                .orElseThrow(() -> new ConflictException("no-open-transition", "This young person has no open transition to close."));
        processes.correlate(LeavingCareTransitionProcess.MSG_CLOSURE_REQUESTED, transition.processInstanceId,
                Map.of(VAR_CLOSURE_REASON, reason));
        return toResponse(transition);
    }

    /** Called by the process when it ends, normally or early. */
    @Transactional
    public void recordClosure(UUID youngPersonId, String reason) {
        transitions.open(youngPersonId).ifPresent(transition -> {
            transition.closedAt = clock.now();
            transition.closureReason = reason;
        });
    }

    private boolean managerActingFor(UUID youngPersonId, Caller caller) {
        return (caller.is(StaffRole.MANAGER) || caller.is(StaffRole.ADMIN)) && visibility.canAct(youngPersonId, caller);
    }

    private void requireManagerActingFor(UUID youngPersonId, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("A manager of the young person's team opens and closes their transition.");
        }
    }

    private Transition open(UUID youngPersonId, String startedBy) {
        if (transitions.open(youngPersonId).isPresent()) {
            throw new ConflictException("transition-already-open", "This young person already has an open leaving-care transition.");
        }
        YoungPersonFacts facts = youngPeople.facts(youngPersonId);
        Transition transition = new Transition(youngPersonId, clock.now(), startedBy);
        transition.processInstanceId = processes.start(LeavingCareTransitionProcess.KEY, youngPersonId.toString(), Map.of(
                LeavingCareTransitionProcess.VAR_YOUNG_PERSON_ID, youngPersonId.toString(),
                LeavingCareTransitionProcess.VAR_TEAM_ID, facts.teamId().toString(),
                LeavingCareTransitionProcess.VAR_FOSTER_PLACEMENT, facts.fosterPlacement()));
        try {
            transitions.persist(transition);
            transitions.flush();
        } catch (org.hibernate.exception.ConstraintViolationException raced) {
            throw new ConflictException("transition-already-open", "This young person already has an open leaving-care transition.");
        }
        return transition;
    }

    private TransitionResponse toResponse(Transition transition) {
        List<TransitionResponse.CurrentStep> steps = transition.isOpen()
                ? processes.currentSteps(transition.processInstanceId).stream()
                        .map(step -> new TransitionResponse.CurrentStep(step.id(), step.name())).toList()
                : List.of();
        return new TransitionResponse(transition.id, transition.youngPersonId, transition.startedAt, transition.startedBy,
                transition.isOpen(), transition.closedAt, transition.closureReason, steps);
    }
}
