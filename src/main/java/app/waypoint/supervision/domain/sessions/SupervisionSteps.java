package app.waypoint.supervision.domain.sessions;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.supervision.domain.records.SessionAgenda;
import app.waypoint.supervision.domain.records.SessionStatus;
import app.waypoint.supervision.domain.records.SupervisionActionStatus;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The steps of {@code SupervisionCycleProcess} and {@code SupervisionActionProcess}, one method per service task, in the
 * engine's transaction. The API's book, record and sign-off operations drive the same process, so the API and the
 * tasklist agree: recording completes "Hold and record session", a signature completes the signer's sign-off task.
 */
@ApplicationScoped
public class SupervisionSteps {

    /** The length of an action's reason column (V9). */
    private static final int MAX_REASON = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final SupervisionSessionRepository sessions;
    private final SupervisionActionRepository actions;
    private final SupervisionAgendas agendas;
    private final SupervisionActionTasks actionTasks;
    private final StaffService staff;
    private final NotificationService notifications;
    private final WaypointClock clock;

    SupervisionSteps(SupervisionSessionRepository sessions, SupervisionActionRepository actions, SupervisionAgendas agendas,
                     SupervisionActionTasks actionTasks, StaffService staff, NotificationService notifications, WaypointClock clock) {
        this.sessions = sessions;
        this.actions = actions;
        this.agendas = agendas;
        this.actionTasks = actionTasks;
        this.staff = staff;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** "Build agenda": the booked session's agenda is built and the worker and the supervisor are told it is ready. */
    @Transactional
    public void buildAgenda(UUID sessionId) {
        SupervisionSession session = sessions.findById(sessionId);
        SessionAgenda agenda = agendas.build(session);
        String headline = "Supervision on " + session.scheduledFor.format(DAY) + ": agenda ready with " + agenda.actions().size()
                + " open action(s), " + agenda.overdueTasks().size() + " overdue task(s), " + agenda.noContact().size()
                + " young people without recent contact, " + agenda.escalations().size() + " escalation(s), " + agenda.disputes().size()
                + " dispute(s)";
        Set<UUID> told = new LinkedHashSet<>();
        told.add(session.workerId);
        told.add(session.supervisorId);
        told.stream().map(staff::byId).flatMap(Optional::stream).forEach(member -> notifications.notify(new Notice(
                "supervision-agenda:" + session.id, member.username(), headline, null, link(session))));
        Log.debugf("Agenda of supervision session %s built", sessionId);
    }

    /** After "Hold and record session": it is done only once the session is recorded (422 and the task stays otherwise). */
    @Transactional
    public void requireRecorded(UUID sessionId) {
        if (sessions.findById(sessionId).status == SessionStatus.BOOKED) {
            throw new RuleViolationException("supervision-not-recorded", "Record the session (the young people discussed, decisions and "
                    + "actions) before completing this step.");
        }
    }

    /**
     * The worker's or the supervisor's signature, from their sign-off task: only they may give it, once, and only after the
     * next session is booked (409 and the task stays otherwise). Late signatures are recorded as late, not refused.
     */
    @Transactional
    public void sign(UUID sessionId, boolean asWorker, String username) {
        SupervisionSession session = sessions.findById(sessionId);
        UUID signer = staff.byUsername(username).map(StaffResponse::id).orElse(null);
        if (!(asWorker ? session.workerId : session.supervisorId).equals(signer)) {
            throw new ForbiddenException("Only the " + (asWorker ? "worker" : "supervisor") + " gives this signature.");
        }
        requireSignable(session, asWorker);
        session.sign(asWorker, clock.now(), clock.today());
        Log.debugf("Supervision session %s signed by %s%s", sessionId, username, session.signedOffLate ? " (late)" : "");
    }

    /**
     * The worker's or the supervisor's signature may be given only once the session is held, once each, and only after the
     * next session is booked (409 otherwise). {@link #sign} applies it; the API applies it before completing the sign-off task,
     * so that the caller hears which rule stops them rather than that the process is elsewhere.
     */
    void requireSignable(SupervisionSession session, boolean asWorker) {
        requireSignable(session, asWorker, sessions.booked(session.workerId));
    }

    /** Whether the worker's (or the supervisor's) signature may be given now, by the rule of {@link #requireSignable}. */
    boolean maySign(SupervisionSession session, boolean asWorker) {
        return signRefusal(session, asWorker, sessions.booked(session.workerId)).isEmpty();
    }

    /** {@link #requireSignable(SupervisionSession, boolean)} on the worker's session booked now, if any. */
    static void requireSignable(SupervisionSession session, boolean asWorker, Optional<SupervisionSession> booked) {
        Optional<ConflictException> refusal = signRefusal(session, asWorker, booked);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private static Optional<ConflictException> signRefusal(SupervisionSession session, boolean asWorker, Optional<SupervisionSession> booked) {
        if (session.status == SessionStatus.BOOKED) {
            return Optional.of(new ConflictException("supervision-not-held", "The session has not been recorded yet."));
        }
        if ((asWorker ? session.workerSignedAt : session.supervisorSignedAt) != null) {
            return Optional.of(new ConflictException("supervision-already-signed", "You have signed this session off already."));
        }
        // a held session is signed off only once the next one is booked
        if (booked.filter(next -> !next.scheduledFor.isBefore(session.heldOn)).isEmpty()) {
            return Optional.of(new ConflictException("next-supervision-not-booked", "Book the next session before this one is signed off."));
        }
        return Optional.empty();
    }

    /** "Create action tasks": once both have signed, each action of the session still open becomes a task for its owner. */
    @Transactional
    public void createActionTasks(UUID sessionId) {
        actions.openOfSession(sessionId).forEach(actionTasks::start);
    }

    /** "Close supervision action": the owner completed the action's task, saying what was done. */
    @Transactional
    public void closeAction(UUID actionId, String outcome, String username) {
        SupervisionAction action = actions.findById(actionId);
        if (action.status == SupervisionActionStatus.OPEN) {
            String reason = "Done, says " + username + ": " + outcome;
            action.close(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason, clock.now());
        }
    }

    static String link(SupervisionSession session) {
        return "/staff/" + session.workerId + "/supervisions/" + session.id;
    }
}
