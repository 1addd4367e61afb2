package app.waypoint.intouch.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.intouch.domain.InTouchResponse.LostTouchResponse;
import app.waypoint.intouch.domain.InTouchResponse.NotInTouchDecisionResponse;
import app.waypoint.intouch.domain.InTouchResponse.ReEngagementPlanResponse;
import app.waypoint.intouch.process.LostTouchProcess;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.contacts.ContactHistory;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.contacts.InTouchAssessment;
import app.waypoint.people.contacts.InTouchRule;
import app.waypoint.people.contacts.InTouchState;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A young person's in-touch state as people see it and as a manager decides it: read by whoever may see the young person,
 * "not in touch" recorded only by a manager of their team, only while they are possibly not in touch (a lost-touch record is
 * open), dated on or after the flag and not in the future, with reasons. The decision does not stop the trying.
 */
@ApplicationScoped
public class InTouchService {

    private final LostTouchRepository lostTouch;
    private final ContactService contacts;
    private final InTouchRule rule;
    private final VisibilityService visibility;
    private final ProcessGateway processes;
    private final WaypointClock clock;

    InTouchService(LostTouchRepository lostTouch, ContactService contacts, InTouchRule rule, VisibilityService visibility,
                   ProcessGateway processes, WaypointClock clock) {
        this.lostTouch = lostTouch;
        this.contacts = contacts;
        this.rule = rule;
        this.visibility = visibility;
        this.processes = processes;
        this.clock = clock;
    }

    /** The young person's in-touch state (404 for a young person the caller may not see). */
    @Transactional
    public InTouchResponse status(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        Optional<LostTouch> open = lostTouch.openFor(youngPersonId);
        ContactHistory history = contacts.history(youngPersonId);
        InTouchAssessment assessment = rule.assess(history, open.map(record -> record.decidedOn).orElse(null),
                lostTouch.knownSince(youngPersonId), clock.today());
        List<String> allowed = open.isPresent() && open.get().decidedOn == null && mayDecide(youngPersonId, caller)
                ? List.of(InTouchResponse.RECORD_DECISION) : List.of();
        LocalDate since = assessment.state() == InTouchState.POSSIBLY_NOT_IN_TOUCH && open.isPresent() ? open.get().flaggedOn
                : assessment.since();
        return new InTouchResponse(youngPersonId, assessment.state(), assessment.state().words(), since,
                history.lastContactMadeOn(), assessment.daysSinceContact(), assessment.failedAttempts(),
                open.map(InTouchService::toResponse).orElse(null), allowed);
    }

    /**
     * A manager records that the young person is not in touch. 403 for anyone but a manager of their team, 409 when they are
     * not possibly not in touch or the decision is already recorded, 422 for a day in the future or before the flag.
     */
    @Transactional
    public InTouchResponse decide(UUID youngPersonId, NotInTouchDecisionRequest request, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        if (!mayDecide(youngPersonId, caller)) {
            throw new ForbiddenException("Only a manager of the young person's team records that they are not in touch.");
        }
        LostTouch open = lostTouch.openFor(youngPersonId).orElseThrow(() -> new ConflictException("in-touch",
                "The young person is in touch: \"not in touch\" is decided only while they are possibly not in touch."));
        if (open.decidedOn != null) {
            throw new ConflictException("not-in-touch-already-decided", "\"Not in touch\" was already decided on " + open.decidedOn
                    + "; a contact made ends it.");
        }
        if (request.decidedOn().isAfter(clock.today()) || request.decidedOn().isBefore(open.flaggedOn)) {
            throw new RuleViolationException("decision-date", "The decision is dated between the day the young person was flagged ("
                    + open.flaggedOn + ") and today.",
                    List.of(new FieldError("decidedOn", "must be from " + open.flaggedOn + " to today")));
        }
        open.decidedOn = request.decidedOn();
        open.decidedBy = caller.username();
        open.decisionReasons = request.reasons().strip();
        open.decisionRecordedAt = clock.now();
        processes.correlateIfWaiting(LostTouchProcess.MSG_NOT_IN_TOUCH_DECIDED, open.processInstanceId);
        Log.debugf("Young person %s decided not in touch by %s", youngPersonId, caller.username());
        return status(youngPersonId, caller);
    }

    private boolean mayDecide(UUID youngPersonId, Caller caller) {
        return caller.is(StaffRole.MANAGER) && visibility.canAct(youngPersonId, caller);
    }

    private static LostTouchResponse toResponse(LostTouch record) {
        ReEngagementPlanResponse plan = record.planRecordedAt == null ? null
                : new ReEngagementPlanResponse(tried(record.planTried), record.planNotes, record.planRecordedBy);
        NotInTouchDecisionResponse decision = record.decidedOn == null ? null
                : new NotInTouchDecisionResponse(record.decidedOn, record.decidedBy, record.decisionReasons);
        return new LostTouchResponse(record.flaggedOn, record.flaggedBecause, plan, decision);
    }

    private static List<String> tried(String codes) {
        return codes == null || codes.isBlank() ? List.of()
                : Arrays.stream(codes.split(",")).map(code -> ReEngagementPlan.Route.valueOf(code).words()).toList();
    }
}
