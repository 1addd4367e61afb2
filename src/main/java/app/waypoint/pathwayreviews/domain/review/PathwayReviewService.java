package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.pathwayreviews.domain.plan.CopyGivenRequest;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.SignOffRequest;
import app.waypoint.pathwayreviews.domain.schedule.PathwayReviewConfig;
import app.waypoint.pathwayreviews.domain.triggers.RequestReviewRequest;
import app.waypoint.pathwayreviews.domain.triggers.ReviewTriggerKind;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeRecorded;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeRequest;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeResponse;
import app.waypoint.pathwayreviews.process.PathwayReviewProcess;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.flags.CohortFlag;
import app.waypoint.people.record.flags.FlagRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Starts pathway reviews (on request, after a significant change, and for {@link DueReviewScan}), keeps to one open review per young person
 * by recording later triggers on the open one, and does the review process's steps that touch the plan. The process
 * instance's business key is the young person's id, as for every process about a young person.
 */
@ApplicationScoped
public class PathwayReviewService {

    private final PathwayReviewRepository reviews;
    private final ReviewTriggerRepository triggers;
    private final SignificantChangeRepository changes;
    private final PathwayPlanService planService;
    private final YoungPersonService youngPeople;
    private final YoungPersonRecordService records;
    private final VisibilityService visibility;
    private final StaffService staff;
    private final ProcessGateway processes;
    private final WorkingCalendar calendar;
    private final PathwayReviewConfig config;
    private final WaypointClock clock;
    private final TheirWordsBeforeReview theirWords;
    private final Event<SignificantChangeRecorded> changeRecorded;

    PathwayReviewService(PathwayReviewRepository reviews, ReviewTriggerRepository triggers, SignificantChangeRepository changes,
                         PathwayPlanService planService, YoungPersonService youngPeople,
                         YoungPersonRecordService records, VisibilityService visibility, StaffService staff, ProcessGateway processes, WorkingCalendar calendar,
                         PathwayReviewConfig config, WaypointClock clock, TheirWordsBeforeReview theirWords,
                         Event<SignificantChangeRecorded> changeRecorded) {
        this.reviews = reviews;
        this.triggers = triggers;
        this.changes = changes;
        this.planService = planService;
        this.youngPeople = youngPeople;
        this.records = records;
        this.visibility = visibility;
        this.staff = staff;
        this.processes = processes;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
        this.theirWords = theirWords;
        this.changeRecorded = changeRecorded;
    }

    /** The young person or their adviser asks for a review: one starts, due within the configured working days, unless one is open. */
    @Transactional
    public TriggerOutcome request(UUID youngPersonId, RequestReviewRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        LocalDate due = calendar.plusWorkingDays(clock.today(), config.requestWorkingDays());
        return outcome(trigger(youngPersonId, request.reason().trigger(), null, request.note(), due, caller.username()));
    }

    /** Records a significant change; a review starts, due the configured working days after the change, unless one is open. */
    @Transactional
    public TriggerOutcome recordSignificantChange(UUID youngPersonId, SignificantChangeRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("The young person's worker or a manager records a significant change; "
                    + "the IRO may request a review.");
        }
        if (request.occurredOn().isAfter(clock.today())) {
            throw new RuleViolationException("significant-change-in-future", "A significant change is recorded once it has happened.",
                    List.of(new FieldError("occurredOn", "must not be in the future")));
        }
        recordOnTheYoungPersonsRecord(youngPersonId, request, caller);
        SignificantChange change = new SignificantChange(youngPersonId, request.kind(), request.occurredOn(), request.detail(), clock.now(),
                caller.username());
        changes.persist(change);
        changeRecorded.fire(new SignificantChangeRecorded(youngPersonId, request.kind(), request.occurredOn(), request.detail(), caller.username()));
        LocalDate due = calendar.plusWorkingDays(request.occurredOn(), config.significantChangeWorkingDays());
        return outcome(trigger(youngPersonId, ReviewTriggerKind.SIGNIFICANT_CHANGE, change.id, request.detail(), due, caller.username()));
    }

    /**
     * What a significant change does to the young person's record (the record service owns each rule): a move records the new
     * accommodation, becoming a parent sets the young-parent flag, custody records custody. 422 naming the field, nothing saved.
     */
    private void recordOnTheYoungPersonsRecord(UUID youngPersonId, SignificantChangeRequest request, Caller caller) {
        String why = "Significant change" + (request.detail() == null || request.detail().isBlank() ? "" : ": " + request.detail().trim());
        switch (request.kind()) {
            case MOVE -> {
                if (request.accommodation() == null) {
                    throw new RuleViolationException("move-without-accommodation", "A move records the new accommodation.",
                            List.of(new FieldError("accommodation", "give the new accommodation with its suitability judgement")));
                }
                records.recordMove(youngPersonId, request.accommodation(), caller);
            }
            case PARENTHOOD -> records.changeFlag(youngPersonId,
                    new FlagRequest(CohortFlag.YOUNG_PARENT, true, request.occurredOn(), null, why), YoungPersonRecordService.ANY_VERSION, caller);
            case CUSTODY -> records.startCustody(youngPersonId, request.occurredOn(), why, caller);
            default -> {
                // the other changes call for a review and change nothing else on the record
            }
        }
    }

    /** Whether the caller may record a significant change for the young person (the rule {@link #recordSignificantChange} applies). */
    @Transactional
    public boolean mayRecordSignificantChange(UUID youngPersonId, Caller caller) {
        return !caller.is(StaffRole.IRO) && visibility.canAct(youngPersonId, caller);
    }

    /** Every review of the young person, newest first, with its triggers and the steps an open one is at. */
    @Transactional
    public List<PathwayReviewResponse> list(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return reviews.ofYoungPerson(youngPersonId).stream().map(this::toResponse).toList();
    }

    /** Every significant change recorded for the young person, latest recorded first; 404 unless the caller may see them. */
    @Transactional
    public List<SignificantChangeResponse> significantChanges(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return changes.ofYoungPerson(youngPersonId).stream().map(change -> new SignificantChangeResponse(change.id, change.kind,
                change.occurredOn, change.detail, change.recordedAt, change.recordedBy)).toList();
    }

    /** The review process's check after "Update pathway plan": the plan must have a saved draft to sign off. */
    @Transactional
    public void requirePlanDraft(UUID youngPersonId) {
        if (!planService.hasDraft(youngPersonId)) {
            throw new RuleViolationException("no-draft-pathway-plan", "Save the updated pathway plan as a draft before completing this step.");
        }
    }

    /** The review process's sign-off step, as the manager who completed it. */
    @Transactional
    public void signOffPlan(UUID youngPersonId, String oversightNote, String username) {
        planService.signOff(youngPersonId, new SignOffRequest(oversightNote), callerOf(username));
    }

    /** The review process's last step: the copy is recorded on the plan, and the review closes with the day it was held. */
    @Transactional
    public void recordCopyGiven(UUID reviewId, LocalDate copyGivenOn, LocalDate heldOn, String username) {
        PathwayReview review = reviews.findById(reviewId);
        planService.copyGiven(review.youngPersonId, new CopyGivenRequest(copyGivenOn), callerOf(username));
        review.close(heldOn, clock.now());
    }

    /** The review a trigger went to, and whether the trigger started it. */
    record Triggered(PathwayReview review, boolean started) {
    }

    /**
     * Starts a review due on the day given, or records the trigger on the open one. The answer a person sees is built apart
     * ({@link #outcome}): the nightly scan, starting thousands, has no use for it.
     */
    Triggered trigger(UUID youngPersonId, ReviewTriggerKind kind, UUID changeId, String note, LocalDate due, String by) {
        Optional<PathwayReview> open = reviews.open(youngPersonId);
        if (open.isPresent()) {
            triggers.persist(new ReviewTrigger(open.get().id, kind, changeId, note, false, clock.now(), by));
            Log.infof("%s for young person %s recorded on open review %s", kind, youngPersonId, open.get().id);
            return new Triggered(open.get(), false);
        }
        PathwayReview review = new PathwayReview(UUID.randomUUID(), youngPersonId, due, clock.now(), by);
        review.processInstanceId = processes.start(PathwayReviewProcess.KEY, youngPersonId.toString(), Map.of(
                PathwayReviewProcess.VAR_YOUNG_PERSON_ID, youngPersonId.toString(),
                PathwayReviewProcess.VAR_TEAM_ID, youngPeople.facts(youngPersonId).teamId().toString(),
                PathwayReviewProcess.VAR_REVIEW_ID, review.id.toString(),
                PathwayReviewProcess.VAR_REVIEW_DUE_ON, due.toString()));
        try {
            reviews.persistAndFlush(review);
        } catch (PersistenceException raced) {
            throw new ConflictException("pathway-review-started", "A review of this young person has just started; record this on it.");
        }
        triggers.persist(new ReviewTrigger(review.id, kind, changeId, note, true, clock.now(), by));
        Log.infof("Pathway review %s of young person %s started by %s, due %s", review.id, youngPersonId, kind, due);
        return new Triggered(review, true);
    }

    private TriggerOutcome outcome(Triggered triggered) {
        return new TriggerOutcome(toResponse(triggered.review()), triggered.started());
    }

    /** When the young person's last review closed (null if none has): their words given since then are for the open one. */
    private Instant lastClosed(UUID youngPersonId) {
        return reviews.ofYoungPerson(youngPersonId).stream().map(review -> review.closedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
    }

    private Caller callerOf(String username) {
        return staff.callerFor(username)
                .orElseThrow(() -> new IllegalStateException("No member of staff " + username + " completed this step"));
    }

    private PathwayReviewResponse toResponse(PathwayReview review) {
        List<PathwayReviewResponse.Trigger> reasons = triggers.ofReview(review.id).stream().map(trigger -> {
            SignificantChange change = trigger.significantChangeId == null ? null : changes.findById(trigger.significantChangeId);
            return new PathwayReviewResponse.Trigger(trigger.kind, change == null ? null : change.kind,
                    change == null ? null : change.occurredOn, trigger.note, trigger.startedReview, trigger.recordedAt, trigger.recordedBy);
        }).toList();
        List<PathwayReviewResponse.CurrentStep> steps = review.isOpen()
                ? processes.currentSteps(review.processInstanceId).stream()
                        .map(step -> new PathwayReviewResponse.CurrentStep(step.id(), step.name())).toList()
                : List.of();
        List<AgendaItem> agenda = review.isOpen()
                ? ReviewAgenda.of(planService.openActions(review.youngPersonId).actions(), reasons,
                        theirWords.since(review.youngPersonId, lastClosed(review.youngPersonId)), clock.today())
                : List.of();
        return new PathwayReviewResponse(review.id, review.youngPersonId, review.isOpen(), review.dueOn, review.startedAt, review.startedBy,
                review.heldOn, review.closedAt, reasons, steps, agenda, review.recordSharedOn, review.recordSharedWith, review.recordSharedBy);
    }
}
