package app.waypoint.risks.domain.flags;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeKind;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeRecorded;
import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.risks.domain.records.RaiseConcernRequest;
import app.waypoint.risks.domain.records.RiskAction;
import app.waypoint.risks.domain.records.RiskDecisionRequest;
import app.waypoint.risks.domain.records.RiskEventKind;
import app.waypoint.risks.domain.records.RiskKind;
import app.waypoint.risks.domain.records.RiskResponse;
import app.waypoint.risks.domain.records.RiskReviewRequest;
import app.waypoint.risks.domain.records.RiskSource;
import app.waypoint.risks.domain.records.RiskStatus;
import app.waypoint.risks.domain.records.SafetyPlanActionRequest;
import app.waypoint.risks.process.RiskDecisionProcess;
import app.waypoint.risks.process.SafetyPlanActionProcess;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.task.TaskCompletions;
import app.waypoint.tasks.domain.task.TaskQueries;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Risk flags for callers: raise a concern (anyone acting on the young person's record), read them (anyone who sees the young
 * person, IROs included), decide on one and review its safety plan (the young person's team managers, through
 * {@code RiskDecisionProcess}'s tasks, which the decision and review complete). A significant change of exploitation risk or of
 * going missing raises a concern of its own. The rules are {@link RiskRules}'.
 */
@ApplicationScoped
public class RiskService {

    /** The steps of the risk process that {@link #decide} and {@link #review} complete: pages send them to the risks page. */
    public static final String DECIDE_STEP = RiskDecisionProcess.TASK_DECIDE;
    public static final String REVIEW_STEP = RiskDecisionProcess.TASK_REVIEW;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final RiskRepository risks;
    private final RiskEventRepository events;
    private final SafetyPlanActionRepository actions;
    private final RiskTimetable timetable;
    private final RiskConfig config;
    private final ProcessGateway processes;
    private final TaskQueries tasks;
    private final TaskCompletions completions;
    private final VisibilityService visibility;
    private final ResponsibilityService responsibilities;
    private final YoungPersonService youngPeople;
    private final StaffService staff;
    private final AuditService audit;
    private final WaypointClock clock;

    RiskService(RiskRepository risks, RiskEventRepository events, SafetyPlanActionRepository actions, RiskTimetable timetable,
                RiskConfig config, ProcessGateway processes, TaskQueries tasks, TaskCompletions completions, VisibilityService visibility,
                ResponsibilityService responsibilities, YoungPersonService youngPeople, StaffService staff, AuditService audit,
                WaypointClock clock) {
        this.risks = risks;
        this.events = events;
        this.actions = actions;
        this.timetable = timetable;
        this.config = config;
        this.processes = processes;
        this.tasks = tasks;
        this.completions = completions;
        this.visibility = visibility;
        this.responsibilities = responsibilities;
        this.youngPeople = youngPeople;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** A worker raises a concern: recorded, and a decision task offered to the young person's team managers, due by the timetable. */
    @Transactional
    public RiskResponse raise(UUID youngPersonId, @Valid @NotNull RaiseConcernRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        List<FieldError> errors = RiskRules.raiseErrors(request, clock.today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException("concern-not-valid", "The concern cannot be raised as given.", errors);
        }
        Risk risk = start(youngPersonId, request.kind(), request.source() == null ? RiskSource.FILE : request.source(), request.seenOn(),
                request.whatWasSeen().strip(), caller.username());
        return read(risk, caller);
    }

    /** A significant change of exploitation risk or of going missing raises a concern of criminal exploitation or missing. */
    void significantChangeRecorded(@Observes SignificantChangeRecorded change) {
        RiskKind kind = change.kind() == SignificantChangeKind.EXPLOITATION_RISK ? RiskKind.CRIMINAL_EXPLOITATION
                : change.kind() == SignificantChangeKind.MISSING ? RiskKind.MISSING : null;
        if (kind == null) {
            return;
        }
        String seen = change.detail() == null || change.detail().isBlank() ? "Recorded as a significant change" : change.detail().strip();
        start(change.youngPersonId(), kind, RiskSource.SIGNIFICANT_CHANGE, change.occurredOn(), seen, change.recordedBy());
    }

    /** Every concern about the young person, newest first, with its record and plan; 404 unless the caller may see them. */
    @Transactional
    public List<RiskResponse> list(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        audit.reached(youngPersonId);
        List<Risk> all = risks.ofYoungPerson(youngPersonId);
        Set<UUID> ids = all.stream().map(risk -> risk.id).collect(Collectors.toSet());
        Map<UUID, List<RiskResponse.Step>> history = events.ofRisks(ids).stream().collect(Collectors.groupingBy(event -> event.riskId,
                Collectors.mapping(event -> new RiskResponse.Step(event.at, event.kind, event.by, event.text), Collectors.toList())));
        Map<UUID, List<RiskResponse.Action>> plans = actions.ofRisks(ids).stream().collect(Collectors.groupingBy(action -> action.riskId,
                Collectors.mapping(RiskService::toAction, Collectors.toList())));
        boolean teamManager = isTeamManager(youngPersonId, caller);
        return all.stream().map(risk -> toResponse(risk, plans.getOrDefault(risk.id, List.of()), history.getOrDefault(risk.id, List.of()),
                allowedActions(risk, teamManager))).toList();
    }

    /** Whether the caller may raise a concern about the young person (the rule {@link #raise} applies). */
    @Transactional
    public boolean mayRaise(UUID youngPersonId, Caller caller) {
        return visibility.canAct(youngPersonId, caller);
    }

    /** The active risks of these young people by young person, kinds in a fixed order: one query for a page of rows (no visibility check). */
    @Transactional
    public Map<UUID, List<RiskKind>> activeRisks(Collection<UUID> youngPeople) {
        Map<UUID, List<RiskKind>> active = new LinkedHashMap<>();
        for (RiskRepository.ActiveRisk risk : risks.activeOf(youngPeople)) {
            active.computeIfAbsent(risk.youngPersonId(), id -> new java.util.ArrayList<>()).add(risk.kind());
        }
        return active;
    }

    /** The questions the service asks at visits, contacts and reviews (configured). */
    public List<String> prompts() {
        return config.prompts();
    }

    /** A team manager's decision: an active risk with its safety plan (each action a task for its owner) or not accepted. */
    @Transactional
    public RiskResponse decide(UUID youngPersonId, UUID riskId, @Valid @NotNull RiskDecisionRequest decision, Caller caller) {
        Risk risk = riskOf(youngPersonId, riskId, caller);
        TaskFacts task = require(risk, RiskAction.DECIDE, RiskDecisionProcess.TASK_DECIDE, caller,
                "This concern is not waiting for a decision (" + risk.status.words() + ").");
        List<FieldError> errors = RiskRules.decisionErrors(decision, clock.today(), this::inPost);
        if (!errors.isEmpty()) {
            throw new RuleViolationException("risk-decision-not-valid", "The decision cannot be recorded as given.", errors);
        }
        String rationale = decision.rationale().strip();
        if (decision.active()) {
            risk.status = RiskStatus.ACTIVE;
            risk.nextReviewOn = decision.reviewOn();
            record(risk, RiskEventKind.ACCEPTED, caller.username(), rationale + ". Safety plan reviewed on "
                    + decision.reviewOn().format(DAY));
            for (SafetyPlanActionRequest action : decision.actionsOrNone()) {
                addAction(risk, action, caller);
            }
        } else {
            risk.status = RiskStatus.NOT_ACCEPTED;
            record(risk, RiskEventKind.NOT_ACCEPTED, caller.username(), rationale);
        }
        completions.completeAs(task.id(), Map.of(), caller.username());
        Log.infof("Risk %s of young person %s decided by %s: %s", risk.id, youngPersonId, caller.username(), risk.status);
        return read(risk, caller);
    }

    /** A team manager reviews the safety plan on its day: the risk stays active until the next review, or is closed. */
    @Transactional
    public RiskResponse review(UUID youngPersonId, UUID riskId, @Valid @NotNull RiskReviewRequest review, Caller caller) {
        Risk risk = riskOf(youngPersonId, riskId, caller);
        TaskFacts task = require(risk, RiskAction.REVIEW, RiskDecisionProcess.TASK_REVIEW, caller,
                "This risk's safety plan is not due for review (" + risk.status.words() + ").");
        List<FieldError> errors = RiskRules.reviewErrors(review, clock.today());
        if (!errors.isEmpty()) {
            throw new RuleViolationException("risk-review-not-valid", "The review cannot be recorded as given.", errors);
        }
        String rationale = review.rationale().strip();
        if (review.stillActive()) {
            risk.nextReviewOn = review.nextReviewOn();
            record(risk, RiskEventKind.REVIEWED, caller.username(), "Kept active: " + rationale + ". Next review on "
                    + review.nextReviewOn().format(DAY));
        } else {
            risk.status = RiskStatus.CLOSED;
            risk.nextReviewOn = null;
            record(risk, RiskEventKind.CLOSED, caller.username(), rationale);
            endOpenActions(risk, caller);
        }
        completions.completeAs(task.id(), Map.of(), caller.username());
        return read(risk, caller);
    }

    private Risk start(UUID youngPersonId, RiskKind kind, RiskSource source, LocalDate seenOn, String whatWasSeen, String by) {
        LocalDate due = timetable.decisionDue(kind, clock.today());
        Risk risk = new Risk(youngPersonId, kind, source, seenOn, whatWasSeen, by, clock.now(), due);
        risks.persist(risk);
        record(risk, RiskEventKind.RAISED, by, kind.words() + " (" + source.words().toLowerCase(Locale.UK) + ", seen on "
                + seenOn.format(DAY) + "): " + whatWasSeen);
        Map<String, Object> variables = new HashMap<>();
        variables.put(RiskDecisionProcess.VAR_YOUNG_PERSON_ID, youngPersonId.toString());
        variables.put(RiskDecisionProcess.VAR_TEAM_ID, youngPeople.facts(youngPersonId).teamId().toString());
        variables.put(RiskDecisionProcess.VAR_RISK_ID, risk.id.toString());
        variables.put(RiskDecisionProcess.VAR_CONCERN, kind.words() + ", seen on " + seenOn.format(DAY));
        variables.put(RiskDecisionProcess.VAR_DECISION_DUE, Date.from(WaypointClock.endOf(due)));
        risk.processInstanceId = processes.start(RiskDecisionProcess.KEY, youngPersonId.toString(), variables);
        Log.infof("Concern %s (%s) about young person %s raised by %s", risk.id, kind, youngPersonId, by);
        return risk;
    }

    private void addAction(Risk risk, SafetyPlanActionRequest request, Caller caller) {
        SafetyPlanAction action = new SafetyPlanAction(risk.id, request.description().strip(), request.owner(), request.dueOn(), clock.now());
        actions.persist(action);
        record(risk, RiskEventKind.PLAN_ACTION, caller.username(), action.description + " (" + action.owner + ", by "
                + action.dueOn.format(DAY) + ")");
        action.processInstanceId = processes.start(SafetyPlanActionProcess.KEY, risk.youngPersonId.toString(), Map.of(
                SafetyPlanActionProcess.VAR_YOUNG_PERSON_ID, risk.youngPersonId.toString(),
                SafetyPlanActionProcess.VAR_TEAM_ID, youngPeople.facts(risk.youngPersonId).teamId().toString(),
                SafetyPlanActionProcess.VAR_ACTION_ID, action.id.toString(),
                SafetyPlanActionProcess.VAR_ACTION_OWNER, action.owner,
                SafetyPlanActionProcess.VAR_ACTION_DESCRIPTION, "Safety plan (" + risk.kind.words() + "): " + action.description,
                SafetyPlanActionProcess.VAR_ACTION_DUE, Date.from(WaypointClock.endOf(action.dueOn))));
    }

    /** A closed risk needs no more of its plan: each action still open is ended, its owner's task with it. */
    private void endOpenActions(Risk risk, Caller caller) {
        for (SafetyPlanAction action : actions.openOf(risk.id)) {
            action.endedAt = clock.now();
            record(risk, RiskEventKind.ACTION_ENDED, caller.username(), action.description + " (" + action.owner
                    + "): no longer needed, the risk is closed");
            if (action.processInstanceId != null) {
                processes.correlateIfWaiting(SafetyPlanActionProcess.MSG_RISK_CLOSED, action.processInstanceId);
            }
        }
    }

    private boolean inPost(String username) {
        return username != null && staff.byUsername(username).filter(member -> member.disabledAt() == null).isPresent();
    }

    private Risk riskOf(UUID youngPersonId, UUID riskId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return risks.findByIdOptional(riskId).filter(risk -> risk.youngPersonId.equals(youngPersonId))
                .orElseThrow(() -> new NotFoundException("risk", riskId.toString()));
    }

    /** The task the action completes, once the rules allow the caller it: 403 for anyone but a team manager, 409 when it is not waiting. */
    private TaskFacts require(Risk risk, RiskAction action, String taskKey, Caller caller, String notWaiting) {
        if (!isTeamManager(risk.youngPersonId, caller)) {
            throw new ForbiddenException("Only a manager of the young person's team decides on a concern and reviews its safety plan.");
        }
        Optional<TaskFacts> task = risk.processInstanceId == null ? Optional.empty() : tasks.openTask(risk.processInstanceId, taskKey);
        boolean open = task.isPresent();
        if (!RiskRules.allowedActions(risk.status, open, open, true).contains(action)) {
            throw new ConflictException("risk-not-waiting", notWaiting);
        }
        return task.get();
    }

    private boolean isTeamManager(UUID youngPersonId, Caller caller) {
        return responsibilities.responsibleFor(youngPersonId).teamManagers().contains(caller.username());
    }

    private List<RiskAction> allowedActions(Risk risk, boolean teamManager) {
        if (!teamManager || risk.processInstanceId == null) {
            return List.of();
        }
        return RiskRules.allowedActions(risk.status, tasks.openTask(risk.processInstanceId, RiskDecisionProcess.TASK_DECIDE).isPresent(),
                tasks.openTask(risk.processInstanceId, RiskDecisionProcess.TASK_REVIEW).isPresent(), true);
    }

    private void record(Risk risk, RiskEventKind kind, String by, String text) {
        events.persist(new RiskEvent(risk.id, clock.now(), kind, by, text));
    }

    private RiskResponse read(Risk risk, Caller caller) {
        events.flush();
        List<RiskResponse> all = list(risk.youngPersonId, caller);
        return all.stream().filter(each -> each.id().equals(risk.id)).findFirst().orElseThrow();
    }

    private static RiskResponse.Action toAction(SafetyPlanAction action) {
        return new RiskResponse.Action(action.id, action.description, action.owner, action.dueOn, action.doneAt, action.outcome,
                action.endedAt);
    }

    private static RiskResponse toResponse(Risk risk, List<RiskResponse.Action> plan, List<RiskResponse.Step> history,
                                           List<RiskAction> allowed) {
        return new RiskResponse(risk.id, risk.youngPersonId, risk.kind, risk.status, risk.source, risk.seenOn, risk.whatWasSeen, risk.raisedBy,
                risk.raisedAt, risk.decisionDueOn, risk.nextReviewOn, plan, history, allowed);
    }

    /** Only for {@link StaffResponse} owners chosen on the page: the members of the young person's team, by name. */
    @Transactional
    public List<StaffResponse> possibleOwners(UUID youngPersonId) {
        return staff.teamMembers(youngPeople.facts(youngPersonId).teamId()).stream().filter(member -> member.disabledAt() == null).toList();
    }
}
