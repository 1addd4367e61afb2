package app.waypoint.youngpersonview.domain.voice;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanActionResponse;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.NotFoundException;
import app.waypoint.youngpersonview.domain.visible.TheirPlan;
import app.waypoint.youngpersonview.domain.visible.WhatTheySee;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A young person says whether an action of their plan was done ("done" or "not done yet", with a short comment if they
 * want). Only the actions of their own last signed-off plan ({@link WhatTheySee#answerable}); kept dated as their own words,
 * never changing the plan's status, which their worker owns. Their social worker and PA are told (a notification with a
 * link to the plan, no content); staff who may see the young person read the answers beside the plan's actions.
 */
@ApplicationScoped
public class TheirActionAnswers {

    /** At most this many characters in their comment. */
    public static final int MAX_COMMENT = 500;

    private final ActionAnswerRepository answers;
    private final TheirPlan plan;
    private final AllocationService allocations;
    private final VisibilityService visibility;
    private final NotificationService notifications;
    private final YoungPersonService youngPeople;
    private final AuditService audit;
    private final WaypointClock clock;

    TheirActionAnswers(ActionAnswerRepository answers, TheirPlan plan, AllocationService allocations, VisibilityService visibility,
                       NotificationService notifications, YoungPersonService youngPeople, AuditService audit, WaypointClock clock) {
        this.answers = answers;
        this.plan = plan;
        this.allocations = allocations;
        this.visibility = visibility;
        this.notifications = notifications;
        this.youngPeople = youngPeople;
        this.audit = audit;
        this.clock = clock;
    }

    /** The action they are asked about, if they may answer about it (404 otherwise). Only called with the id signed in. */
    @Transactional
    public PlanActionResponse askedAbout(UUID youngPersonId, UUID actionId) {
        audit.reached(youngPersonId);
        return WhatTheySee.answerable(plan.lastSignedOff(youngPersonId), actionId)
                .orElseThrow(() -> new NotFoundException("plan action", String.valueOf(actionId)));
    }

    /**
     * Records their answer about one action of their last signed-off plan and tells their workers. {@code done} null (they
     * chose neither) or a comment too long is refused, nothing saved; an action not theirs to answer is not found.
     */
    @Transactional
    public ActionAnswerResponse answer(UUID youngPersonId, UUID actionId, Boolean done, String comment) {
        Optional<PathwayPlanResponse> signedOff = plan.lastSignedOff(youngPersonId);
        PlanActionResponse action = WhatTheySee.answerable(signedOff, actionId)
                .orElseThrow(() -> new NotFoundException("plan action", String.valueOf(actionId)));
        String words = comment == null ? "" : comment.strip();
        if (done == null) {
            throw InvalidInputException.of("done", "Choose if this is done or not done yet.");
        }
        if (words.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "Your comment is too long. Use " + MAX_COMMENT + " letters or fewer.");
        }
        ActionAnswer saved = new ActionAnswer(youngPersonId, action.id(), signedOff.orElseThrow().version(), done,
                words.isEmpty() ? null : words, clock.now());
        answers.persist(saved);
        audit.reached(youngPersonId);
        String localId = youngPeople.facts(youngPersonId).localId();
        WhatTheySee.theirWorkers(allocations.current(youngPersonId)).forEach(worker -> notifications.notify(new Notice(
                "young-person-action:" + saved.id, worker.staffUsername(), "A young person has said whether a plan action was done",
                localId, "/young-people/" + youngPersonId + "/pathway-plan")));
        Log.infof("Young person %s answered about plan action %s", youngPersonId, action.id());
        return response(saved);
    }

    /** What they last said about each action, by the action's id, as they themselves read it. */
    @Transactional
    public Map<UUID, ActionAnswerResponse> own(UUID youngPersonId) {
        Map<UUID, ActionAnswerResponse> latest = new LinkedHashMap<>();
        answers.ofYoungPerson(youngPersonId).forEach(answer -> latest.putIfAbsent(answer.actionId, response(answer)));
        return latest;
    }

    /** What they last said about each action, for a member of staff who may see them (404 otherwise). */
    @Transactional
    public Map<UUID, ActionAnswerResponse> list(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return own(youngPersonId);
    }

    private static ActionAnswerResponse response(ActionAnswer answer) {
        return new ActionAnswerResponse(answer.actionId, answer.done, answer.comment, answer.givenAt);
    }
}
