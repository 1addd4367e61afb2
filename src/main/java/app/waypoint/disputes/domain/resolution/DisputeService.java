package app.waypoint.disputes.domain.resolution;

import static app.waypoint.disputes.process.IroDisputeProcess.TASK_JUDGE_INFORMAL_RESPONSE;
import static app.waypoint.disputes.process.IroDisputeProcess.TASK_JUDGE_RESPONSE;
import static app.waypoint.disputes.process.IroDisputeProcess.TASK_RESOLVE_INFORMALLY;
import static app.waypoint.disputes.process.IroDisputeProcess.TASK_RESPOND;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.disputes.domain.records.CafcassReferralRequest;
import app.waypoint.disputes.domain.records.DisputeAction;
import app.waypoint.disputes.domain.records.DisputeAnswerRequest;
import app.waypoint.disputes.domain.records.DisputeEventKind;
import app.waypoint.disputes.domain.records.DisputeResponse;
import app.waypoint.disputes.domain.records.DisputeStage;
import app.waypoint.disputes.domain.records.JudgementRequest;
import app.waypoint.disputes.domain.records.RaiseDisputeRequest;
import app.waypoint.disputes.domain.records.StageSkipRequest;
import app.waypoint.disputes.process.IroDisputeProcess;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.people.allocations.Responsibles;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.allocations.VisibleYoungPeople;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.Page;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.task.TaskCompletions;
import app.waypoint.tasks.domain.task.TaskQueries;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * IRO disputes for callers: raise (the young person's IRO only), read, respond (the current respondent), judge, skip
 * stages and refer to Cafcass (the IRO). The process ({@code IroDisputeProcess}) does the rest through {@link DisputeSteps}.
 * Requests are validated here, for the API and the pages alike: a {@link jakarta.validation.ConstraintViolationException}
 * names the fields refused.
 */
@ApplicationScoped
public class DisputeService {

    /** The dispute process: its steps are on the dispute's own history ({@link DisputeResponse#history()}). */
    public static final String PROCESS_KEY = IroDisputeProcess.KEY;

    private final DisputeRepository disputes;
    private final DisputeEventRepository events;
    private final DisputeNotices notices;
    private final ProcessGateway processes;
    private final TaskQueries tasks;
    private final TaskCompletions completions;
    private final ResponsibilityService responsibilities;
    private final VisibilityService visibility;
    private final YoungPersonService youngPeople;
    private final WaypointClock clock;
    private final AuditService audit;

    DisputeService(DisputeRepository disputes, DisputeEventRepository events, DisputeNotices notices, ProcessGateway processes,
                   TaskQueries tasks, TaskCompletions completions, ResponsibilityService responsibilities, VisibilityService visibility,
                   YoungPersonService youngPeople, WaypointClock clock, AuditService audit) {
        this.disputes = disputes;
        this.events = events;
        this.notices = notices;
        this.processes = processes;
        this.tasks = tasks;
        this.completions = completions;
        this.responsibilities = responsibilities;
        this.visibility = visibility;
        this.youngPeople = youngPeople;
        this.clock = clock;
        this.audit = audit;
    }

    /** The young person's IRO raises a dispute: recorded, the team's managers told, informal resolution started. */
    @Transactional
    public DisputeResponse raise(@Valid @NotNull RaiseDisputeRequest request, Caller caller) {
        visibility.requireVisible(request.youngPersonId(), caller);
        Responsibles people = responsibilities.responsibleFor(request.youngPersonId());
        requireIro(people, caller);
        if (request.informalResolutionBy().isBefore(clock.today())) {
            throw new RuleViolationException("informal-resolution-date-in-past", "The informal resolution date cannot be in the past.",
                    List.of(new FieldError("informalResolutionBy", "must be today or later")));
        }
        Dispute dispute = new Dispute(request.youngPersonId(), caller.username(), clock.now(), request.issueType(), request.detail(),
                request.informalResolutionBy());
        disputes.persist(dispute);
        record(dispute, DisputeEventKind.RAISED, caller.username(), request.issueType() + ": " + request.detail());
        notices.raised(dispute, people);
        Map<String, Object> variables = new HashMap<>();
        variables.put(IroDisputeProcess.VAR_DISPUTE_ID, dispute.id.toString());
        variables.put(IroDisputeProcess.VAR_IRO, caller.username());
        variables.put(IroDisputeProcess.VAR_TEAM_ID, youngPeople.facts(request.youngPersonId()).teamId().toString());
        variables.put(IroDisputeProcess.VAR_STAGE, DisputeStage.INFORMAL.name());
        variables.put(IroDisputeProcess.VAR_INFORMAL_DUE, Date.from(WaypointClock.endOf(request.informalResolutionBy())));
        dispute.processInstanceId = processes.start(IroDisputeProcess.KEY, request.youngPersonId().toString(), variables);
        Log.infof("Dispute %s raised (process %s)", dispute.id, dispute.processInstanceId);
        return read(dispute, caller);
    }

    /** The disputes the caller may read: an IRO's own, a manager's team's, those they respond or responded to, a worker's caseload's. */
    @Transactional
    public Page<DisputeResponse> list(DisputeFilter filter, Caller caller) {
        Optional<VisibleYoungPeople> visible = visibility.visibleYoungPeopleQuery(caller);
        PanacheQuery<Dispute> query = disputes.matching(new DisputeCriteria(visible.isPresent() ? caller.username() : null,
                visible.orElse(null), filter.youngPersonId(), filter.statusValue()));
        List<DisputeResponse> items = query.page(filter.paging().page(), filter.paging().size()).list().stream()
                .map(dispute -> toResponse(dispute, null, null)).toList();
        audit.reached(items.stream().map(DisputeResponse::youngPersonId).toList());
        return new Page<>(items, query.count(), filter.paging().page(), filter.paging().size());
    }

    /** Every dispute about the young person with its history, newest first; 404 unless the caller may see the young person. */
    @Transactional
    public List<DisputeResponse> aboutYoungPerson(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return disputes.ofYoungPerson(youngPersonId).stream()
                .map(dispute -> read(dispute, caller)).toList();
    }

    /** The open disputes about any of these young people, newest first, without their history (no visibility check: for features). */
    @Transactional
    public List<DisputeResponse> openAbout(Set<UUID> youngPeople) {
        if (youngPeople.isEmpty()) {
            return List.of();
        }
        return disputes.openAbout(youngPeople).stream().map(dispute -> toResponse(dispute, null, null)).toList();
    }

    @Transactional
    public DisputeResponse get(UUID id, Caller caller) {
        Dispute dispute = readable(id, caller);
        return read(dispute, caller);
    }

    /** The current respondent answers: the team's managers informally, then each formal stage's respondent. */
    @Transactional
    public DisputeResponse respond(UUID id, @Valid @NotNull DisputeAnswerRequest request, Caller caller) {
        Dispute dispute = open(readable(id, caller));
        TaskFacts task = awaitedResponse(dispute)
                .orElseThrow(() -> new ConflictException("dispute-not-awaiting-response", "This dispute is not awaiting a response."));
        if (!mayRespond(task, responsibilities.responsibleFor(dispute.youngPersonId), caller)) {
            throw new ForbiddenException("Only the dispute's current respondent may respond to it.");
        }
        completions.completeAs(task.id(), Map.of(IroDisputeProcess.VAR_RESPONSE, request.response()), caller.username());
        return read(dispute, caller);
    }

    /** The IRO judges the response awaiting judgement. */
    @Transactional
    public DisputeResponse judge(UUID id, @Valid @NotNull JudgementRequest request, Caller caller) {
        Dispute dispute = open(readable(id, caller));
        requireIro(responsibilities.responsibleFor(dispute.youngPersonId), caller);
        TaskFacts task = awaitedJudgement(dispute)
                .orElseThrow(() -> new ConflictException("dispute-not-awaiting-judgement", "No response of this dispute awaits judgement."));
        Map<String, Object> values = new HashMap<>();
        values.put(IroDisputeProcess.VAR_SATISFIED, request.satisfied());
        if (!request.satisfied() && request.nextStage() != null) {
            requireLater(dispute, request.nextStage());
            values.put(IroDisputeProcess.VAR_NEXT_STAGE, request.nextStage().name());
        }
        if (request.note() != null && !request.note().isBlank()) {
            values.put(IroDisputeProcess.VAR_NOTE, request.note());
        }
        completions.completeAs(task.id(), values, caller.username());
        return read(dispute, caller);
    }

    /** The IRO moves the dispute straight to a later stage while a response is awaited. */
    @Transactional
    public DisputeResponse skipTo(UUID id, @Valid @NotNull StageSkipRequest request, Caller caller) {
        Dispute dispute = open(readable(id, caller));
        requireIro(responsibilities.responsibleFor(dispute.youngPersonId), caller);
        requireLater(dispute, request.stage());
        record(dispute, DisputeEventKind.SKIPPED, caller.username(), "To " + request.stage().label() + " stage: " + request.reason());
        processes.correlate(IroDisputeProcess.MSG_STAGE_SKIPPED, dispute.processInstanceId,
                Map.of(IroDisputeProcess.VAR_STAGE, request.stage().name()));
        return read(dispute, caller);
    }

    /** The IRO records a referral to Cafcass, at any stage and also after the dispute closed; once. */
    @Transactional
    public DisputeResponse referToCafcass(UUID id, @Valid CafcassReferralRequest request, Caller caller) {
        Dispute dispute = readable(id, caller);
        requireIro(responsibilities.responsibleFor(dispute.youngPersonId), caller);
        if (dispute.cafcassReferredAt != null) {
            throw new ConflictException("dispute-already-referred", "This dispute was already referred to Cafcass.");
        }
        dispute.cafcassReferredAt = clock.now();
        dispute.cafcassNote = request == null ? null : request.note();
        record(dispute, DisputeEventKind.CAFCASS, caller.username(), "Referral to Cafcass"
                + (dispute.cafcassNote == null ? "" : ": " + dispute.cafcassNote));
        return read(dispute, caller);
    }

    /** The dispute if the caller may read it (they raised it, respond or responded to it, or may see the young person); else 404. */
    private Dispute readable(UUID id, Caller caller) {
        return disputes.findByIdOptional(id)
                .filter(d -> caller.username().equals(d.raisedBy) || caller.username().equals(d.respondent)
                        || visibility.canSee(d.youngPersonId, caller)
                        || events.tookPart(d.id, caller.username()))
                .orElseThrow(() -> new NotFoundException("dispute", id.toString()));
    }

    private static Dispute open(Dispute dispute) {
        if (!dispute.isOpen()) {
            throw new ConflictException("dispute-closed", "This dispute is closed (" + dispute.status + ").");
        }
        return dispute;
    }

    private static void requireIro(Responsibles people, Caller caller) {
        if (!isIro(people, caller)) {
            throw new ForbiddenException("Only the young person's IRO may do this.");
        }
    }

    private static boolean isIro(Responsibles people, Caller caller) {
        return caller.is(StaffRole.IRO) && people.iro().map(caller.username()::equals).orElse(false);
    }

    /**
     * What the caller may do with the dispute now, by the same rules that {@link #respond}, {@link #judge}, {@link #skipTo} and
     * {@link #referToCafcass} apply, so that pages offer only what will be accepted.
     */
    private List<DisputeAction> allowedActions(Dispute dispute, Caller caller) {
        Responsibles people = responsibilities.responsibleFor(dispute.youngPersonId);
        boolean open = dispute.isOpen();
        return allowedActions(dispute, people, caller, open ? awaitedResponse(dispute) : Optional.empty(),
                open && isIro(people, caller) && awaitedJudgement(dispute).isPresent());
    }

    /** {@link #allowedActions(Dispute, Caller)} given the response task awaited (if any) and whether a judgement is awaited. */
    static List<DisputeAction> allowedActions(Dispute dispute, Responsibles people, Caller caller, Optional<TaskFacts> response,
                                              boolean judgementAwaited) {
        boolean iro = isIro(people, caller);
        List<DisputeAction> allowed = new ArrayList<>();
        if (dispute.isOpen()) {
            if (response.isPresent() && mayRespond(response.get(), people, caller)) {
                allowed.add(DisputeAction.RESPOND);
            }
            if (iro && judgementAwaited) {
                allowed.add(DisputeAction.JUDGE);
            }
            if (iro && response.isPresent() && !dispute.stage.isLast()) {
                allowed.add(DisputeAction.SKIP_STAGE);
            }
        }
        if (iro && dispute.cafcassReferredAt == null) {
            allowed.add(DisputeAction.REFER_TO_CAFCASS);
        }
        return allowed;
    }

    /** The task of the response awaited: the informal one, or the current formal stage's. */
    private Optional<TaskFacts> awaitedResponse(Dispute dispute) {
        return tasks.openTask(dispute.processInstanceId, TASK_RESOLVE_INFORMALLY)
                .or(() -> tasks.openTask(dispute.processInstanceId, TASK_RESPOND));
    }

    /** The task of the IRO's judgement of a response given, informal or formal. */
    private Optional<TaskFacts> awaitedJudgement(Dispute dispute) {
        return tasks.openTask(dispute.processInstanceId, TASK_JUDGE_INFORMAL_RESPONSE)
                .or(() -> tasks.openTask(dispute.processInstanceId, TASK_JUDGE_RESPONSE));
    }

    /** Informally any of the young person's team managers answers; at a formal stage, only the stage's respondent. */
    private static boolean mayRespond(TaskFacts response, Responsibles people, Caller caller) {
        return TASK_RESOLVE_INFORMALLY.equals(response.key())
                ? people.teamManagers().contains(caller.username())
                : caller.username().equals(response.assignee());
    }

    private static void requireLater(Dispute dispute, DisputeStage stage) {
        if (!stage.isLaterThan(dispute.stage)) {
            throw new ConflictException("dispute-stage-not-later", "The dispute is at the " + dispute.stage.label()
                    + " stage; it can only move to a later stage.");
        }
    }

    private void record(Dispute dispute, DisputeEventKind kind, String by, String text) {
        events.persist(new DisputeEvent(dispute.id, clock.now(), kind, by, dispute.stage, text));
    }

    private List<DisputeResponse.Step> history(Dispute dispute) {
        events.flush();
        return events.history(dispute.id).stream()
                .map(e -> new DisputeResponse.Step(e.at, e.kind, e.by, e.stage, e.text)).toList();
    }

    /** One dispute as the caller reads it: with its history and what they may do with it now. */
    private DisputeResponse read(Dispute dispute, Caller caller) {
        return toResponse(dispute, history(dispute), allowedActions(dispute, caller));
    }

    private static DisputeResponse toResponse(Dispute d, List<DisputeResponse.Step> history, List<DisputeAction> allowedActions) {
        return new DisputeResponse(d.id, d.youngPersonId, d.raisedBy, d.raisedAt, d.issueType, d.detail, d.informalResolutionBy, d.stage,
                d.respondent, d.responseDueAt, d.formalStartedAt, d.formalLimitAt, d.status, d.cafcassReferredAt != null,
                d.cafcassReferredAt, d.cafcassNote, d.closedAt, history, allowedActions);
    }
}
