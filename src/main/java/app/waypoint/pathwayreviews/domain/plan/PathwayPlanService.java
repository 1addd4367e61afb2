package app.waypoint.pathwayreviews.domain.plan;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.pathwayreviews.domain.headings.PathwayHeading;
import app.waypoint.pathwayreviews.domain.headings.PlanHeadings;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse.HeadingContent;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.ActionInput;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.HeadingInput;
import app.waypoint.pathwayreviews.process.PlanActionProcess;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Pathway plans for callers: read the current plan and its versions (anyone who may see the young person), save the draft
 * (the allocated social worker or personal adviser, a team manager, an administrator), sign it off (a team manager or an
 * administrator) and record the copy given to the young person. Signed-off versions never change. The review process
 * (next) reads {@link #openActions(UUID)} for the agenda.
 */
@ApplicationScoped
public class PathwayPlanService {

    private final PathwayPlanRepository plans;
    private final PlanActionRepository actions;
    private final VisibilityService visibility;
    private final StaffService staff;
    private final PlanActionTaskRepository actionTasks;
    private final YoungPersonService youngPeople;
    private final ProcessGateway processes;
    private final WaypointClock clock;
    private final Event<PlanSignedOff> signedOff;

    PathwayPlanService(PathwayPlanRepository plans, PlanActionRepository actions, VisibilityService visibility, StaffService staff,
                       PlanActionTaskRepository actionTasks, YoungPersonService youngPeople, ProcessGateway processes, WaypointClock clock,
                       Event<PlanSignedOff> signedOff) {
        this.signedOff = signedOff;
        this.plans = plans;
        this.actions = actions;
        this.visibility = visibility;
        this.staff = staff;
        this.actionTasks = actionTasks;
        this.youngPeople = youngPeople;
        this.processes = processes;
        this.clock = clock;
    }

    /** The draft if there is one, else the last signed-off version. */
    @Transactional
    public PathwayPlanResponse current(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        PathwayPlan plan = plans.draft(youngPersonId).or(() -> plans.lastSignedOff(youngPersonId))
                .orElseThrow(() -> new NotFoundException("pathway plan", youngPersonId.toString()));
        return toResponse(plan, caller);
    }

    @Transactional
    public List<PlanVersionSummary> versions(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return plans.versions(youngPersonId).stream().map(PathwayPlanService::toSummary).toList();
    }

    @Transactional
    public PathwayPlanResponse version(UUID youngPersonId, int version, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return toResponse(plans.version(youngPersonId, version)
                .orElseThrow(() -> new NotFoundException("pathway plan version", youngPersonId + "/" + version)), caller);
    }

    /**
     * Replaces the draft, or starts a new draft version from the last signed-off one. Nothing is saved if any action lacks an
     * owner who is staff or a due date (422 naming each action at fault).
     */
    @Transactional
    public PathwayPlanResponse saveDraft(UUID youngPersonId, SavePlanDraftRequest request, Caller caller) {
        requireWriter(youngPersonId, caller);
        Optional<PathwayPlan> draft = plans.draft(youngPersonId);
        Optional<PathwayPlan> base = draft.isPresent() ? draft : plans.lastSignedOff(youngPersonId);
        Map<UUID, LocalDate> known = new HashMap<>();
        base.ifPresent(plan -> actions.ofPlan(plan.id).forEach(action -> known.put(action.actionId, action.dueOn)));
        List<FieldError> errors = PathwayPlanRules.draftErrors(request, known, username -> staff.byUsername(username).isPresent(),
                clock.today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException("pathway-plan-rules", "The plan was not saved: every action needs a description, an owner "
                    + "and a due date that is not in the past.", errors);
        }
        PathwayPlan plan = draft.orElseGet(() -> startDraft(youngPersonId, caller));
        Map<PathwayHeading, String> texts = new EnumMap<>(PathwayHeading.class);
        for (PathwayHeading heading : PathwayHeading.values()) {
            HeadingInput input = heading(request, heading);
            texts.put(heading, input.text() == null ? "" : input.text());
        }
        plan.revise(request.youngPersonViews(), texts, caller.username(), clock.now());
        actions.deleteOfPlan(plan.id);
        for (PathwayHeading heading : PathwayHeading.values()) {
            List<ActionInput> inputs = actionsOf(heading(request, heading));
            for (int i = 0; i < inputs.size(); i++) {
                ActionInput input = inputs.get(i);
                actions.persist(new PlanAction(plan.id, input.id() == null ? UUID.randomUUID() : input.id(), heading, i,
                        input.description().strip(), input.owner(), input.dueDate(),
                        input.status() == null ? ActionStatus.OPEN : input.status()));
            }
        }
        Log.debugf("Pathway plan draft %d of young person %s saved by %s", plan.version, youngPersonId, caller.username());
        return toResponse(plan, caller);
    }

    /** A team manager (or an administrator) signs off the draft with an oversight note; refused without a contingency plan. */
    @Transactional
    public PathwayPlanResponse signOff(UUID youngPersonId, SignOffRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            throw new ForbiddenException("Only a manager of the young person's team, or an administrator, may sign off a pathway plan.");
        }
        PathwayPlan plan = plans.draft(youngPersonId)
                .orElseThrow(() -> new ConflictException("no-draft-pathway-plan", "There is no draft pathway plan to sign off."));
        List<FieldError> errors = PathwayPlanRules.signOffErrors(plan.headingTexts);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("pathway-plan-not-ready", "The plan cannot be signed off yet.", errors);
        }
        plan.signOff(request.oversightNote(), caller.username(), clock.now());
        startActionTasks(plan);
        signedOff.fire(new PlanSignedOff(youngPersonId, plan.version));
        Log.infof("Pathway plan %d of young person %s signed off by %s", plan.version, youngPersonId, caller.username());
        return toResponse(plan, caller);
    }

    /** Records the date a copy of the last signed-off plan was given to the young person (once). */
    @Transactional
    public PathwayPlanResponse copyGiven(UUID youngPersonId, CopyGivenRequest request, Caller caller) {
        requireWriter(youngPersonId, caller);
        PathwayPlan plan = plans.lastSignedOff(youngPersonId)
                .orElseThrow(() -> new ConflictException("no-signed-off-pathway-plan", "No pathway plan has been signed off yet."));
        if (plan.copyGivenOn != null) {
            throw new ConflictException("pathway-plan-copy-already-given",
                    "A copy of version " + plan.version + " was recorded as given on " + plan.copyGivenOn + ".");
        }
        LocalDate signedOffOn = WaypointClock.dayOf(plan.signedOffAt);
        if (request.givenOn().isAfter(clock.today()) || request.givenOn().isBefore(signedOffOn)) {
            throw new RuleViolationException("impossible-copy-date", "A copy is given after the plan is signed off, and not in the future.",
                    List.of(new FieldError("givenOn", "must be between " + signedOffOn + " and today")));
        }
        plan.copyGivenOn = request.givenOn();
        return toResponse(plan, caller);
    }

    @Transactional
    public OpenActionsResponse openActions(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return openActions(youngPersonId);
    }

    /** The actions still open in the last signed-off plan: where the next review's agenda starts. No caller: for the process. */
    @Transactional
    public OpenActionsResponse openActions(UUID youngPersonId) {
        return plans.lastSignedOff(youngPersonId)
                .map(plan -> new OpenActionsResponse(plan.version, plan.signedOffAt, actionsOf(plan).stream()
                        .filter(action -> action.status() == ActionStatus.OPEN).toList()))
                .orElseGet(() -> new OpenActionsResponse(null, null, List.of()));
    }

    /** Whether the caller may write the young person's plan (save its draft): the rule of {@link #saveDraft}. */
    @Transactional
    public boolean mayWrite(UUID youngPersonId, Caller caller) {
        return visibility.canAct(youngPersonId, caller) && !caller.is(StaffRole.IRO);
    }

    /** Whether any version of the young person's plan is saved, draft or signed off (no caller: for the transition's steps). */
    @Transactional
    public boolean hasPlan(UUID youngPersonId) {
        return plans.lastVersion(youngPersonId) > 0;
    }

    /** Whether a draft of the young person's plan is saved (no caller: for the review process). */
    @Transactional
    public boolean hasDraft(UUID youngPersonId) {
        return plans.draft(youngPersonId).isPresent();
    }

    /**
     * Each open action of a plan just signed off becomes a task for its owner, due on its due date; an action carried over
     * whose task is still open keeps that task.
     */
    private void startActionTasks(PathwayPlan plan) {
        String teamId = youngPeople.facts(plan.youngPersonId).teamId().toString();
        for (PlanAction action : actions.ofPlan(plan.id)) {
            boolean hasOpenTask = actionTasks.ofAction(action.actionId).stream()
                    .anyMatch(task -> processes.isRunning(task.processInstanceId));
            if (action.status != ActionStatus.OPEN || hasOpenTask) {
                continue;
            }
            String processInstanceId = processes.start(PlanActionProcess.KEY, plan.youngPersonId.toString(), Map.of(
                    PlanActionProcess.VAR_YOUNG_PERSON_ID, plan.youngPersonId.toString(),
                    PlanActionProcess.VAR_TEAM_ID, teamId,
                    PlanActionProcess.VAR_ACTION_ID, action.actionId.toString(),
                    PlanActionProcess.VAR_ACTION_OWNER, action.owner,
                    PlanActionProcess.VAR_ACTION_DESCRIPTION, action.description,
                    PlanActionProcess.VAR_ACTION_DUE_ON, action.dueOn.toString()));
            actionTasks.persist(new PlanActionTask(action.actionId, plan.id, processInstanceId, clock.now()));
        }
    }

    private void requireWriter(UUID youngPersonId, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        // a worker who can see the young person is their allocated social worker or personal adviser; a manager is of their team
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("An IRO reads the pathway plan but does not write it.");
        }
    }

    private PathwayPlan startDraft(UUID youngPersonId, Caller caller) {
        Integer basedOn = plans.lastSignedOff(youngPersonId).map(plan -> plan.version).orElse(null);
        PathwayPlan plan = new PathwayPlan(youngPersonId, plans.lastVersion(youngPersonId) + 1, basedOn, caller.username(), clock.now());
        try {
            plans.persistAndFlush(plan);
        } catch (PersistenceException e) {
            // one draft per young person, one row per version (V7): someone else started a draft at the same moment
            throw new ConflictException("pathway-plan-draft-started",
                    "Someone else has just started a draft of this plan; read it and save again.");
        }
        return plan;
    }

    private static HeadingInput heading(SavePlanDraftRequest request, PathwayHeading heading) {
        HeadingInput input = request.headings() == null ? null : request.headings().get(heading);
        return input == null ? new HeadingInput(null, List.of()) : input;
    }

    private static List<ActionInput> actionsOf(HeadingInput input) {
        return input.actions() == null ? List.of() : input.actions();
    }

    /** The plan's actions in heading order, then in the order they were saved. */
    private List<PlanActionResponse> actionsOf(PathwayPlan plan) {
        return actions.ofPlan(plan.id).stream()
                .sorted(Comparator.comparing((PlanAction action) -> action.heading).thenComparingInt(action -> action.position))
                .map(action -> new PlanActionResponse(action.actionId, action.heading.field(), action.description, action.owner,
                        action.dueOn, action.status))
                .toList();
    }

    private PathwayPlanResponse toResponse(PathwayPlan plan, Caller caller) {
        boolean writes = mayWrite(plan.youngPersonId, caller);
        boolean signs = visibility.canAct(plan.youngPersonId, caller) && (caller.is(StaffRole.MANAGER) || caller.is(StaffRole.ADMIN));
        boolean newest = plans.lastVersion(plan.youngPersonId) == plan.version;
        boolean lastSignedOff = plans.lastSignedOff(plan.youngPersonId).map(last -> last.id.equals(plan.id)).orElse(false);
        List<PathwayPlanAction> allowed = PathwayPlanRules.allowedActions(plan.status, newest, lastSignedOff, plan.copyGivenOn != null,
                writes, signs);
        Map<String, List<PlanActionResponse>> byHeading = new HashMap<>();
        actionsOf(plan).forEach(action -> byHeading.computeIfAbsent(action.heading(), h -> new ArrayList<>()).add(action));
        PlanHeadings<HeadingContent> headings = PlanHeadings.of(heading ->
                new HeadingContent(plan.text(heading), byHeading.getOrDefault(heading.field(), List.of())));
        return new PathwayPlanResponse(plan.youngPersonId, plan.version, plan.status, plan.basedOnVersion, plan.youngPersonViews, headings,
                plan.createdAt, plan.createdBy, plan.updatedAt, plan.updatedBy, plan.signedOffAt, plan.signedOffBy, plan.oversightNote,
                plan.copyGivenOn, allowed);
    }

    private static PlanVersionSummary toSummary(PathwayPlan plan) {
        return new PlanVersionSummary(plan.version, plan.status, plan.basedOnVersion, plan.updatedAt, plan.updatedBy, plan.signedOffAt,
                plan.signedOffBy, plan.copyGivenOn);
    }
}
