package app.waypoint.supervision.domain.sessions;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.people.allocations.ResponsibilityService;
import app.waypoint.people.allocations.Responsibles;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.BusinessKeys;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.supervision.domain.frequency.SupervisionConfig;
import app.waypoint.supervision.domain.frequency.SupervisionFrequency;
import app.waypoint.supervision.domain.records.BookSessionRequest;
import app.waypoint.supervision.domain.records.CarriedOutcome;
import app.waypoint.supervision.domain.records.RecordSessionRequest.CarriedInput;
import app.waypoint.supervision.domain.records.RecordSessionRequest.DiscussionInput;
import app.waypoint.supervision.domain.records.RecordSessionRequest;
import app.waypoint.supervision.domain.records.SessionAgenda;
import app.waypoint.supervision.domain.records.SessionResponse;
import app.waypoint.supervision.domain.records.SessionStatus;
import app.waypoint.supervision.domain.records.SessionSummary;
import app.waypoint.supervision.domain.records.SetSupervisorRequest;
import app.waypoint.supervision.domain.records.SupervisionActionInput;
import app.waypoint.supervision.domain.records.SupervisionReportRow;
import app.waypoint.supervision.domain.records.SupervisionScheduleResponse;
import app.waypoint.supervision.process.SupervisionCycleProcess;
import app.waypoint.tasks.domain.events.TaskFacts;
import app.waypoint.tasks.domain.task.TaskCompletions;
import app.waypoint.tasks.domain.task.TaskQueries;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Supervision of workers (domain notes §2c): the schedule (frequency from the worker's profile), booking, recording a
 * session (discussions, decisions written to each young person's record, actions, carried actions), sign-off by both, the
 * supervisor, and the report for managers. Each session runs a supervision-cycle process (bpmn/supervision-cycle.bpmn,
 * business key {@code staff:<worker id>}) started on booking; recording and signing off complete its tasks.
 */
@ApplicationScoped
public class SupervisionService {

    private final SupervisionSessionRepository sessions;
    private final SupervisionActionRepository actions;
    private final OversightEntryRepository entries;
    private final SupervisionProfileRepository profiles;
    private final SupervisionAccess access;
    private final StaffService staff;
    private final VisibilityService visibility;
    private final ResponsibilityService responsibilities;
    private final NotificationService notifications;
    private final SupervisionConfig config;
    private final WorkingCalendar calendar;
    private final WaypointClock clock;
    private final SupervisionAgendas agendas;
    private final SupervisionActionTasks actionTasks;
    private final ProcessGateway processes;
    private final TaskQueries tasks;
    private final TaskCompletions completions;
    private final SupervisionSteps steps;

    SupervisionService(SupervisionSessionRepository sessions, SupervisionActionRepository actions, OversightEntryRepository entries,
                       SupervisionProfileRepository profiles, SupervisionAccess access, StaffService staff, VisibilityService visibility,
                       ResponsibilityService responsibilities, NotificationService notifications, SupervisionConfig config,
                       WorkingCalendar calendar, WaypointClock clock, SupervisionAgendas agendas, SupervisionActionTasks actionTasks,
                       ProcessGateway processes, TaskQueries tasks, TaskCompletions completions,
                       SupervisionSteps steps) {
        this.sessions = sessions;
        this.actions = actions;
        this.entries = entries;
        this.profiles = profiles;
        this.access = access;
        this.staff = staff;
        this.visibility = visibility;
        this.responsibilities = responsibilities;
        this.notifications = notifications;
        this.config = config;
        this.calendar = calendar;
        this.clock = clock;
        this.agendas = agendas;
        this.actionTasks = actionTasks;
        this.processes = processes;
        this.tasks = tasks;
        this.completions = completions;
        this.steps = steps;
    }

    @Transactional
    public SupervisionScheduleResponse schedule(UUID workerId, Caller caller) {
        StaffResponse worker = access.worker(workerId, caller);
        String supervisor = access.supervisorOf(worker).map(StaffResponse::username).orElse(null);
        Integer standard = standardIntervalWeeks(worker);
        LocalDate today = clock.today();
        LocalDate lastHeld = sessions.lastHeld(workerId).map(session -> session.heldOn).orElse(null);
        LocalDate nextDue = SupervisionFrequency.nextDue(lastHeld, worker.startedOn(), worker.newlyQualified(), standard);
        LocalDate from = lastHeld == null ? worker.startedOn() : lastHeld;
        String frequency = SupervisionFrequency.describe(SupervisionFrequency.cadenceOn(from, worker.startedOn(), worker.newlyQualified()),
                standard);
        List<SessionSummary> all = sessions.ofWorker(workerId).stream().map(this::toSummary).toList();
        SessionSummary booked = all.stream().filter(session -> session.status() == SessionStatus.BOOKED).findFirst().orElse(null);
        return new SupervisionScheduleResponse(worker.id(), worker.username(), supervisor, worker.newlyQualified(), worker.startedOn(),
                frequency, lastHeld, nextDue, today.isAfter(nextDue), booked, all);
    }

    /** Books the worker's next session with their supervisor; 409 if one is booked already. */
    @Transactional
    public SessionSummary book(UUID workerId, BookSessionRequest request, Caller caller) {
        StaffResponse worker = access.worker(workerId, caller);
        StaffResponse supervisor = access.supervisorOf(worker).orElseThrow(() -> new ConflictException("no-supervisor",
                "Nobody supervises this worker: their team has no manager; set a supervisor first."));
        if (request.scheduledFor().isBefore(clock.today())) {
            throw new RuleViolationException("supervision-in-the-past", "A session is booked for today or later.",
                    List.of(new FieldError("scheduledFor", "must not be in the past")));
        }
        if (sessions.booked(workerId).isPresent()) {
            throw alreadyBooked();
        }
        SupervisionSession session = new SupervisionSession(workerId, supervisor.id(), request.scheduledFor(), caller.username(),
                clock.now());
        try {
            sessions.persistAndFlush(session);
        } catch (PersistenceException e) {
            // one booked session per worker (V9): someone else booked at the same moment
            throw alreadyBooked();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(SupervisionCycleProcess.VAR_SESSION_ID, session.id.toString());
        variables.put(SupervisionCycleProcess.VAR_WORKER_ID, workerId.toString());
        variables.put(SupervisionCycleProcess.VAR_WORKER, worker.username());
        variables.put(SupervisionCycleProcess.VAR_SUPERVISOR, supervisor.username());
        if (worker.teamId() != null) {
            variables.put(SupervisionCycleProcess.VAR_TEAM_ID, worker.teamId().toString());
        }
        session.processInstanceId = processes.start(SupervisionCycleProcess.KEY, BusinessKeys.ofStaff(workerId), variables);
        Log.debugf("Supervision session %s of staff %s booked for %s by %s (process %s)", session.id, workerId, session.scheduledFor,
                caller.username(), session.processInstanceId);
        return toSummary(session);
    }

    @Transactional
    public SessionResponse session(UUID workerId, UUID sessionId, Caller caller) {
        access.worker(workerId, caller);
        return toResponse(session(workerId, sessionId));
    }

    /**
     * Records a booked session as held: each young person discussed gets a management-oversight entry with the decision and
     * its actions; every action still open from earlier sessions is closed or re-dated (the second re-dating flags it to the
     * service manager). Nothing is saved when a rule is broken (422 naming each field and action at fault).
     */
    @Transactional
    public SessionResponse record(UUID workerId, UUID sessionId, RecordSessionRequest request, Caller caller) {
        StaffResponse worker = access.worker(workerId, caller);
        SupervisionSession session = session(workerId, sessionId);
        if (!recordsFor(caller, worker, session)) {
            throw new ForbiddenException("The supervisor (or a manager of the worker's team) records a supervision session.");
        }
        if (session.status != SessionStatus.BOOKED) {
            throw new ConflictException("supervision-already-recorded", "This session has been recorded already.");
        }
        LocalDate today = clock.today();
        LocalDate heldOn = request.heldOn() == null ? today : request.heldOn();
        List<SupervisionAction> carried = actions.openOfWorker(workerId, sessionId);
        Map<UUID, String> carriedById = new LinkedHashMap<>();
        carried.forEach(action -> carriedById.put(action.id, action.description));
        List<FieldError> errors = SupervisionRules.recordErrors(request, heldOn, today, carriedById,
                username -> staff.byUsername(username).isPresent(), youngPersonId -> visibility.canSee(youngPersonId, caller));
        if (!errors.isEmpty()) {
            throw new RuleViolationException("supervision-record-rules", "The session was not recorded: every action needs an owner and "
                    + "a due date, every discussion a decision, and every carried action an outcome.", errors);
        }
        Instant now = clock.now();
        session.recordHeld(heldOn, calendar.plusWorkingDays(heldOn, config.signOffWorkingDays()), caller.username(), now);
        for (DiscussionInput discussion : orEmpty(request.discussions())) {
            OversightEntry entry = new OversightEntry(discussion.youngPersonId(), session.id, discussion.discussion(),
                    discussion.decision().strip(), null, caller.username(), now);
            entries.persist(entry);
            for (SupervisionActionInput input : orEmpty(discussion.actions())) {
                actions.persist(new SupervisionAction(entry, workerId, input.description().strip(), input.owner(), input.dueDate(), now));
            }
        }
        Map<UUID, CarriedInput> outcomes = new LinkedHashMap<>();
        orEmpty(request.carried()).forEach(input -> outcomes.put(input.actionId(), input));
        for (SupervisionAction action : carried) {
            CarriedInput outcome = outcomes.get(action.id);
            if (outcome.outcome() == CarriedOutcome.CLOSED) {
                action.close(outcome.reason(), now);
                actionTasks.closed(action);
            } else {
                if (action.redate(outcome.newDueDate(), outcome.reason().strip(), now)) {
                    flagToServiceManager(action, worker, session);
                }
                actionTasks.redated(action);
            }
        }
        completeStep(session, SupervisionCycleProcess.TASK_HOLD_SESSION, caller);
        Log.debugf("Supervision session %s of staff %s recorded by %s", session.id, workerId, caller.username());
        return toResponse(session);
    }

    /**
     * The worker or the supervisor signs a held session, completing their sign-off task; both make it signed off, and its
     * actions become tasks. Refused (409) until the next session is booked. A signature after the target
     * ({@code signOffDueOn}) is recorded as late, not refused.
     */
    @Transactional
    public SessionSummary signOff(UUID workerId, UUID sessionId, Caller caller) {
        access.worker(workerId, caller);
        SupervisionSession session = session(workerId, sessionId);
        boolean asWorker = session.workerId.equals(caller.staffId());
        if (!asWorker && !session.supervisorId.equals(caller.staffId())) {
            throw new ForbiddenException("Only the worker and their supervisor sign off a supervision session.");
        }
        steps.requireSignable(session, asWorker);
        completeStep(session, asWorker ? SupervisionCycleProcess.TASK_SIGN_OFF_AS_WORKER : SupervisionCycleProcess.TASK_SIGN_OFF_AS_SUPERVISOR,
                caller);
        return toSummary(session);
    }

    /**
     * The workers the caller books supervision for on the pages: those they supervise and, for a manager, the workers of their
     * team; never themself. Workers book nothing here.
     */
    @Transactional
    public List<StaffResponse> bookableWorkers(Caller caller) {
        if (!caller.is(StaffRole.MANAGER) && !caller.is(StaffRole.ADMIN)) {
            return List.of();
        }
        Map<UUID, StaffResponse> workers = new LinkedHashMap<>();
        if (caller.is(StaffRole.MANAGER) && caller.teamId() != null) {
            staff.teamMembers(caller.teamId()).stream().filter(member -> member.role() == StaffRole.WORKER)
                    .forEach(member -> workers.put(member.id(), member));
        }
        profiles.list("supervisorId", caller.staffId()).stream().map(profile -> staff.byId(profile.staffId)).flatMap(Optional::stream)
                .forEach(member -> workers.putIfAbsent(member.id(), member));
        return workers.values().stream().filter(member -> member.disabledAt() == null && !member.id().equals(caller.staffId()))
                .sorted(Comparator.comparing(StaffResponse::displayName)).toList();
    }

    /** Whether the caller may record this session now: it is booked, and they are its supervisor, a manager of the team or an admin. */
    @Transactional
    public boolean mayRecord(UUID workerId, UUID sessionId, Caller caller) {
        StaffResponse worker = access.worker(workerId, caller);
        SupervisionSession session = session(workerId, sessionId);
        return session.status == SessionStatus.BOOKED && recordsFor(caller, worker, session);
    }

    /** Whether the caller may sign this session off now: they are its worker or supervisor and {@link SupervisionSteps} allows it. */
    @Transactional
    public boolean maySignOff(UUID workerId, UUID sessionId, Caller caller) {
        access.worker(workerId, caller);
        SupervisionSession session = session(workerId, sessionId);
        boolean asWorker = session.workerId.equals(caller.staffId());
        return (asWorker || session.supervisorId.equals(caller.staffId())) && steps.maySign(session, asWorker);
    }

    /** The young people on the worker's caseload the caller may see: those a session can discuss. */
    @Transactional
    public List<UUID> discussable(UUID workerId, Caller caller) {
        StaffResponse worker = access.worker(workerId, caller);
        return staff.callerFor(worker.username()).flatMap(visibility::visibleYoungPeople).orElse(Set.of()).stream()
                .filter(youngPersonId -> visibility.canSee(youngPersonId, caller)).sorted().toList();
    }

    /** The session a supervision-cycle process runs for, if any. */
    @Transactional
    public Optional<SessionSummary> sessionOfProcess(String processInstanceId) {
        return sessions.ofProcess(processInstanceId).map(this::toSummary);
    }

    /** A manager of the worker's team (or an administrator) sets who supervises them: a manager. */
    @Transactional
    public SupervisionScheduleResponse setSupervisor(UUID workerId, SetSupervisorRequest request, Caller caller) {
        StaffResponse worker = access.worker(workerId, caller);
        if (!caller.is(StaffRole.ADMIN) && !SupervisionAccess.managesTeamOf(caller, worker)) {
            throw new ForbiddenException("A manager of the worker's team, or an administrator, sets their supervisor.");
        }
        StaffResponse supervisor = staff.byUsername(request.supervisor())
                .filter(member -> member.role() == StaffRole.MANAGER && !member.id().equals(workerId))
                .orElseThrow(() -> new RuleViolationException("not-a-supervisor", request.supervisor() + " cannot supervise this worker.",
                        List.of(new FieldError("supervisor", "must be the username of a manager other than the worker"))));
        Optional<SupervisionProfile> profile = profiles.findByIdOptional(workerId);
        if (profile.isPresent()) {
            profile.get().reassign(supervisor.id(), caller.username(), clock.now());
        } else {
            profiles.persist(new SupervisionProfile(workerId, supervisor.id(), caller.username(), clock.now()));
        }
        return schedule(workerId, caller);
    }

    /** Per worker of the caller's team (an administrator names the team): last session, next due, overdue, actions. */
    @Transactional
    public List<SupervisionReportRow> report(UUID teamId, Caller caller) {
        UUID team;
        if (caller.is(StaffRole.ADMIN)) {
            if (teamId == null) {
                throw new InvalidInputException("An administrator names the team.", List.of(new FieldError("teamId", "is required")));
            }
            team = teamId;
        } else if (caller.is(StaffRole.MANAGER) && caller.teamId() != null && (teamId == null || teamId.equals(caller.teamId()))) {
            team = caller.teamId();
        } else {
            throw new ForbiddenException("The supervision report is for the managers of a team.");
        }
        LocalDate today = clock.today();
        return staff.teamMembers(team).stream().filter(member -> member.role() == StaffRole.WORKER)
                .map(worker -> reportRow(worker, today)).toList();
    }

    private SupervisionReportRow reportRow(StaffResponse worker, LocalDate today) {
        LocalDate lastHeld = sessions.lastHeld(worker.id()).map(session -> session.heldOn).orElse(null);
        LocalDate nextDue = SupervisionFrequency.nextDue(lastHeld, worker.startedOn(), worker.newlyQualified(),
                standardIntervalWeeks(worker));
        LocalDate booked = sessions.booked(worker.id()).map(session -> session.scheduledFor).orElse(null);
        List<SupervisionAction> open = actions.openOfWorker(worker.id());
        return new SupervisionReportRow(worker.id(), worker.username(), worker.displayName(),
                access.supervisorOf(worker).map(StaffResponse::username).orElse(null), lastHeld, nextDue, today.isAfter(nextDue), booked,
                open.size(), (int) open.stream().filter(action -> action.dueOn.isBefore(today)).count(),
                (int) open.stream().filter(action -> action.carryCount > 0).count(),
                (int) open.stream().filter(action -> action.flagged).count());
    }

    private void flagToServiceManager(SupervisionAction action, StaffResponse worker, SupervisionSession session) {
        Responsibles responsible = responsibilities.responsibleFor(action.youngPersonId);
        Optional<String> serviceManager = responsible.serviceManager();
        if (serviceManager.isEmpty()) {
            Log.warnf("Supervision action %s carried twice, but the team of young person %s has no service manager to tell", action.id,
                    action.youngPersonId);
            return;
        }
        notifications.notify(new Notice("supervision-action:" + action.id + ":carried-twice", serviceManager.get(),
                "A supervision action has been carried twice without being done", responsible.youngPersonRef(),
                "/staff/" + worker.id() + "/supervisions/" + session.id));
        Log.infof("Supervision action %s carried twice: flagged to the service manager", action.id);
    }

    private static boolean recordsFor(Caller caller, StaffResponse worker, SupervisionSession session) {
        return session.supervisorId.equals(caller.staffId()) || caller.is(StaffRole.ADMIN) || SupervisionAccess.managesTeamOf(caller, worker);
    }

    private Integer standardIntervalWeeks(StaffResponse worker) {
        Integer team = worker.teamId() == null ? null : config.teamIntervalWeeks().get(worker.teamId().toString());
        return team != null ? team : config.standardIntervalWeeks().orElse(null);
    }

    /**
     * Completes the session's task at a step as the caller, so the process moves with the API; 409 when the process is not at
     * that step (e.g. a signature already given).
     */
    private void completeStep(SupervisionSession session, String step, Caller caller) {
        TaskFacts task = tasks.openTask(session.processInstanceId, step)
                .orElseThrow(() -> new ConflictException("supervision-step-not-open", "The session's process is not at this step."));
        completions.completeAs(task.id(), Map.of(), caller.username());
    }

    private SupervisionSession session(UUID workerId, UUID sessionId) {
        return sessions.ofWorker(workerId, sessionId)
                .orElseThrow(() -> new NotFoundException("supervision session", sessionId.toString()));
    }

    /** The session, with its agenda while it is booked (built from the worker's work as it stands) and what was discussed. */
    private SessionResponse toResponse(SupervisionSession session) {
        LocalDate today = clock.today();
        SessionAgenda agenda = session.status == SessionStatus.BOOKED ? agendas.build(session) : null;
        List<OversightEntry> discussed = entries.ofSession(session.id);
        List<SupervisionAction> agreed = actions.ofEntries(discussed.stream().map(entry -> entry.id).toList());
        return new SessionResponse(toSummary(session), agenda, SupervisionMapper.toResponses(discussed, agreed, today));
    }

    private SessionSummary toSummary(SupervisionSession session) {
        return SupervisionMapper.toSummary(session, staff.byId(session.supervisorId).map(StaffResponse::username).orElse(null));
    }

    private static ConflictException alreadyBooked() {
        return new ConflictException("supervision-already-booked", "The next session is booked already; hold it (or move it) first.");
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
