package app.waypoint.youngpersonview.domain.page;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.pathwayreviews.domain.plan.ActionStatus;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanActionResponse;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewResponse;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationResponse;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.visits.PlannedVisitResponse;
import app.waypoint.people.visits.PlannedVisitService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.youngpersonview.domain.visible.TheirPlan;
import app.waypoint.youngpersonview.domain.visible.WhatTheySee;
import app.waypoint.youngpersonview.domain.voice.ActionAnswerResponse;
import app.waypoint.youngpersonview.domain.voice.TheirActionAnswers;
import app.waypoint.youngpersonview.domain.voice.TheirViewsService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A young person's own page, built for the young person signed in. Their id comes from their session only; the record is
 * read through the owning features' services with the service's own reach ({@link #READER}: never a staff session, never
 * handed to a page), and everything read passes {@link WhatTheySee} before it is shown. Each read is audited as theirs.
 */
@ApplicationScoped
public class MyWaypointService {

    /** Reads a young person's own record on their behalf: used only here, with the id from their session. */
    private static final Caller READER = new Caller(null, "young-person-view", StaffRole.ADMIN, null);
    private static final Map<String, String> PARTS = Map.of(
            "contactAndSupport", "Keeping in touch", "educationAndTraining", "School, college and training",
            "employmentOrActivity", "Work and what you do", "contingencyPlan", "If things go wrong", "accommodation", "Your home",
            "familyAndRelationships", "Family and friends", "independentLivingSkills", "Living on your own",
            "financialSupport", "Money", "health", "Health", "identity", "Who you are");

    private final YoungPersonService youngPeople;
    private final AllocationService allocations;
    private final StaffService staff;
    private final TheirPlan plan;
    private final TheirActionAnswers actionAnswers;
    private final PathwayReviewService reviews;
    private final YoungPersonRecordService records;
    private final ContactService contacts;
    private final PlannedVisitService visits;
    private final TheirViewsService views;
    private final AuditService audit;

    MyWaypointService(YoungPersonService youngPeople, AllocationService allocations, StaffService staff, TheirPlan plan,
                      TheirActionAnswers actionAnswers, PathwayReviewService reviews, YoungPersonRecordService records,
                      ContactService contacts, PlannedVisitService visits, TheirViewsService views, AuditService audit) {
        this.youngPeople = youngPeople;
        this.allocations = allocations;
        this.staff = staff;
        this.plan = plan;
        this.actionAnswers = actionAnswers;
        this.reviews = reviews;
        this.records = records;
        this.contacts = contacts;
        this.visits = visits;
        this.views = views;
        this.audit = audit;
    }

    @Transactional
    public MyWaypoint of(UUID youngPersonId) {
        audit.reached(youngPersonId);
        String name = youngPeople.facts(youngPersonId).name();
        List<AllocationResponse> workers = WhatTheySee.theirWorkers(allocations.current(youngPersonId));
        Optional<PathwayPlanResponse> signedOff = plan.lastSignedOff(youngPersonId);
        Map<UUID, ActionAnswerResponse> answers = actionAnswers.own(youngPersonId);
        List<PathwayReviewResponse> theirReviews = reviews.list(youngPersonId, READER);
        return new MyWaypoint(name.split(" ")[0], workers.stream().map(this::worker).toList(),
                WhatTheySee.nextReview(theirReviews).orElse(null), WhatTheySee.askedFor(theirReviews),
                visits.next(youngPersonId, READER).map(PlannedVisitResponse::visitOn).orElse(null),
                WhatTheySee.lastVisit(contacts.list(youngPersonId, READER)).orElse(null),
                signedOff.map(PathwayPlanResponse::signedOffAt).map(WaypointClock::dayOf).orElse(null),
                WhatTheySee.planActions(signedOff).stream().map(action -> action(action, workers, answers.get(action.id()))).toList(),
                WhatTheySee.home(records.accommodation(youngPersonId, READER)).orElse(null),
                views.own(youngPersonId));
    }

    private MyWaypoint.Worker worker(AllocationResponse allocation) {
        String role = allocation.kind() == AllocationKind.PERSONAL_ADVISER ? "Your personal adviser (PA)" : "Your social worker";
        return new MyWaypoint.Worker(role, allocation.staffName(),
                staff.byUsername(allocation.staffUsername()).map(StaffResponse::email).orElse(null));
    }

    private MyWaypoint.Action action(PlanActionResponse action, List<AllocationResponse> workers, ActionAnswerResponse theirAnswer) {
        return new MyWaypoint.Action(action.id(), PARTS.getOrDefault(action.heading(), "Your plan"), action.description(),
                whose(action.owner(), workers), action.dueDate(), action.status() == ActionStatus.DONE, theirAnswer);
    }

    /** An action's owner in their words: their worker by role and name, another member of staff by name, else as written. */
    private String whose(String owner, List<AllocationResponse> workers) {
        if (owner == null) {
            return "Not given";
        }
        return workers.stream().filter(w -> owner.equals(w.staffUsername())).findFirst()
                .map(w -> (w.kind() == AllocationKind.PERSONAL_ADVISER ? "Your PA, " : "Your social worker, ") + w.staffName())
                .or(() -> staff.byUsername(owner).map(StaffResponse::displayName))
                .orElse(owner);
    }
}
