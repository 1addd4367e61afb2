package app.waypoint.people.visits;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactRecorded;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.visits.process.PlannedVisitProcess;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The next visit a worker books with a young person, and every rule about it: who books one (whoever acts on the young
 * person's record, except their IRO), when (today or later, one open visit at a time), and how it ends. Booking starts
 * {@code PlannedVisitProcess}, whose task is due on the visit's day; a visit made and recorded as a contact on or after the
 * day it was booked closes it, and so does the worker closing the task by hand with a reason.
 */
@ApplicationScoped
public class PlannedVisitService {

    private static final int MAX_REASON = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final PlannedVisitRepository visits;
    private final VisibilityService visibility;
    private final ProcessGateway processes;
    private final WaypointClock clock;

    PlannedVisitService(PlannedVisitRepository visits, VisibilityService visibility, ProcessGateway processes, WaypointClock clock) {
        this.visits = visits;
        this.visibility = visibility;
        this.processes = processes;
        this.clock = clock;
    }

    /** Whether the caller may book a visit with the young person (the rule {@link #book} applies). */
    @Transactional
    public boolean mayBook(UUID youngPersonId, Caller caller) {
        return !caller.is(StaffRole.IRO) && visibility.canAct(youngPersonId, caller);
    }

    /**
     * Books the next visit: a task for the caller, due on the visit's day. 403 for the young person's IRO, 422 for a day
     * already past, 409 while another visit is booked and open.
     */
    @Transactional
    public PlannedVisitResponse book(UUID youngPersonId, BookVisitRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("The young person's IRO does not book visits; their worker does.");
        }
        if (request.visitOn() == null) {
            throw new RuleViolationException("visit-day-missing", "Say which day the visit is.", List.of(new FieldError("visitOn", "must be given")));
        }
        if (request.visitOn().isBefore(clock.today())) {
            throw new RuleViolationException("visit-in-past", "A visit is booked for today or a later day.",
                    List.of(new FieldError("visitOn", "must be today or in the future")));
        }
        if (request.kind() == null) {
            throw new RuleViolationException("visit-kind-missing", "Say what kind of visit it is.", List.of(new FieldError("kind", "must be given")));
        }
        Optional<PlannedVisit> open = visits.openFor(youngPersonId);
        if (open.isPresent()) {
            throw new ConflictException("visit-already-booked", "A visit is already booked for " + open.get().visitOn.format(DAY)
                    + ": record it as a contact, or close its task, before booking another.");
        }
        PlannedVisit visit = new PlannedVisit(youngPersonId, request.visitOn(), request.kind(), caller.username(), clock.now());
        visits.persist(visit);
        Map<String, Object> variables = new HashMap<>();
        variables.put(PlannedVisitProcess.VAR_YOUNG_PERSON_ID, youngPersonId.toString());
        if (caller.teamId() != null) {
            variables.put(PlannedVisitProcess.VAR_TEAM_ID, caller.teamId().toString());
        }
        variables.put(PlannedVisitProcess.VAR_VISIT_ID, visit.id.toString());
        variables.put(PlannedVisitProcess.VAR_VISITOR, caller.username());
        variables.put(PlannedVisitProcess.VAR_VISIT_DESCRIPTION, request.kind().words() + " on " + request.visitOn().format(DAY));
        variables.put(PlannedVisitProcess.VAR_VISIT_DUE, Date.from(WaypointClock.endOf(request.visitOn())));
        visit.processInstanceId = processes.start(PlannedVisitProcess.KEY, youngPersonId.toString(), variables);
        Log.debugf("Visit %s with young person %s booked by %s", visit.id, youngPersonId, caller.username());
        return toResponse(visit);
    }

    /** The young person's next visit, booked and still open, if any (404 for a young person the caller may not see). */
    @Transactional
    public Optional<PlannedVisitResponse> next(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return visits.openFor(youngPersonId).map(PlannedVisitService::toResponse);
    }

    /** A visit made and recorded on or after the day a visit was booked closes that visit and its task. */
    void visitRecorded(@Observes ContactRecorded contact) {
        if (contact.kind() != ContactKind.VISIT || contact.outcome() != ContactOutcome.MADE) {
            return;
        }
        for (PlannedVisit visit : visits.allOpenFor(contact.youngPersonId())) {
            if (!contact.contactOn().isBefore(WaypointClock.dayOf(visit.bookedAt))) {
                visit.close("Visit made on " + contact.contactOn().format(DAY) + ", recorded by " + contact.recordedBy(), clock.now());
                processes.correlateIfWaiting(PlannedVisitProcess.MSG_VISIT_RECORDED, visit.processInstanceId);
                Log.debugf("Visit %s closed by a visit recorded on %s", visit.id, contact.contactOn());
            }
        }
    }

    /** The worker closed the visit's task by hand, saying why no visit is recorded: the visit is cancelled. */
    @Transactional
    public void cancel(UUID visitId, String because, String username) {
        PlannedVisit visit = visits.findById(visitId);
        if (visit != null && visit.closedAt == null) {
            String reason = "Closed by " + username + " without a visit: " + (because == null ? "no reason given" : because.strip());
            visit.close(reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason, clock.now());
        }
    }

    private static PlannedVisitResponse toResponse(PlannedVisit visit) {
        return new PlannedVisitResponse(visit.id, visit.youngPersonId, visit.visitOn, visit.kind, visit.bookedBy);
    }
}
