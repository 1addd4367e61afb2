package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.engine.EngineCommands;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanRepository;
import app.waypoint.pathwayreviews.domain.schedule.LookedAfterReviewTimetable;
import app.waypoint.pathwayreviews.domain.schedule.PathwayReviewConfig;
import app.waypoint.pathwayreviews.domain.triggers.ReviewTriggerKind;
import app.waypoint.people.youngpeople.InCareSince;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.shared.ConflictException;
import app.waypoint.shared.ScanBatches;
import app.waypoint.shared.ScanPasses;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The nightly pathway review check (domain notes §2b triggers). An eligible child's reviews follow the looked-after review
 * timetable; everyone else with a signed-off plan is reviewed at least every 6 months. A review starts, with no open one, once
 * its due day is within the configured lead, so that there is time to invite.
 * <p>
 * At national scale (README "Performance", "The other nightly scans at national scale"): who is due is worked out first, in a
 * transaction of its own, with the reviews of a batch of young people read in one statement ({@code waypoint.scans.batch-size});
 * then each review starts in a transaction of its own, so that thousands due at once (the first night after an import) start one
 * by one, are kept as they go, and leave nothing in memory behind them; and in passes ({@link ScanPasses}), so that no job
 * outlives its transaction or its lock.
 */
@ApplicationScoped
public class DueReviewScan {

    static final String SCANNER = "pathway-review-scan";

    private final PathwayReviewService reviewService;
    private final PathwayReviewRepository reviews;
    private final PathwayPlanRepository plans;
    private final YoungPersonService youngPeople;
    private final LookedAfterReviewTimetable lookedAfterTimetable;
    private final WorkingCalendar calendar;
    private final PathwayReviewConfig config;
    private final WaypointClock clock;
    private final EngineCommands commands;
    private final ScanBatches batches;
    private final ScanPasses passes;

    DueReviewScan(PathwayReviewService reviewService, PathwayReviewRepository reviews, PathwayPlanRepository plans, YoungPersonService youngPeople,
                  LookedAfterReviewTimetable lookedAfterTimetable, WorkingCalendar calendar, PathwayReviewConfig config, WaypointClock clock,
                  EngineCommands commands, ScanBatches batches, ScanPasses passes) {
        this.reviewService = reviewService;
        this.reviews = reviews;
        this.plans = plans;
        this.youngPeople = youngPeople;
        this.lookedAfterTimetable = lookedAfterTimetable;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
        this.commands = commands;
        this.batches = batches;
        this.passes = passes;
    }

    /** A review due to start: for whom, why, when it is due and the note its trigger keeps. */
    private record DueReview(UUID youngPersonId, ReviewTriggerKind kind, LocalDate due, String note) {
    }

    /**
     * One pass of the nightly check ({@link ScanPasses}): starts the reviews now due or near, of the young people after
     * {@code after}, until the pass's time is up.
     */
    public ScanPasses.Pass startDueReviews(Optional<UUID> after) {
        ScanPasses.Pass pass = passes.work("pathway review scan", () -> commands.inNewTransaction(this::dueReviews), DueReview::youngPersonId, after, this::start);
        Log.infof("Pathway review scan started %d review(s)%s", pass.actedFor().size(), pass.resumeAfter().isPresent() ? "; the next pass goes on" : "");
        return pass;
    }

    private boolean start(DueReview review) {
        try {
            return commands.inNewTransaction(() -> reviewService.trigger(review.youngPersonId(), review.kind(), null, review.note(), review.due(), SCANNER))
                    .started();
        } catch (ConflictException startedMeanwhile) {
            Log.infof("Pathway review scan: young person %s has had a review started meanwhile", review.youngPersonId());
            return false;
        }
    }

    /** The reviews due or near and not yet started: eligible children on the looked-after timetable, then the six-monthly ones. */
    private List<DueReview> dueReviews() {
        LocalDate horizon = calendar.plusWorkingDays(clock.today(), config.sixMonthlyLeadWorkingDays());
        List<DueReview> due = new ArrayList<>();
        Set<UUID> onLookedAfterTimetable = new HashSet<>();
        List<InCareSince> inCare = youngPeople.eligibleInCare();
        for (List<InCareSince> batch : batches.of(inCare)) {
            Map<UUID, ReviewHistory> histories = reviews.histories(batch.stream().map(InCareSince::youngPersonId).toList());
            for (InCareSince child : batch) {
                onLookedAfterTimetable.add(child.youngPersonId());
                ReviewHistory history = histories.getOrDefault(child.youngPersonId(), ReviewHistory.NONE);
                LocalDate dueOn = lookedAfterTimetable.nextDue(child, history.heldSince(child.since()));
                dueUnlessOpen(child.youngPersonId(), history, ReviewTriggerKind.LOOKED_AFTER_TIMETABLE, dueOn, horizon, "In care since " + child.since())
                        .ifPresent(due::add);
            }
        }
        Map<UUID, Instant> signOffs = plans.lastSignOffs();
        signOffs.keySet().removeAll(onLookedAfterTimetable);
        for (List<UUID> batch : batches.of(List.copyOf(signOffs.keySet()))) {
            Map<UUID, ReviewHistory> histories = reviews.histories(batch);
            for (UUID youngPersonId : batch) {
                ReviewHistory history = histories.getOrDefault(youngPersonId, ReviewHistory.NONE);
                LocalDate signedOff = WaypointClock.dayOf(signOffs.get(youngPersonId));
                LocalDate last = history.lastHeld().filter(held -> held.isAfter(signedOff)).orElse(signedOff);
                LocalDate dueOn = calendar.plusMonths(last, config.maximumMonthsBetweenReviews());
                dueUnlessOpen(youngPersonId, history, ReviewTriggerKind.SIX_MONTHLY, dueOn, horizon, "Last review or sign-off on " + last)
                        .ifPresent(due::add);
            }
        }
        return due;
    }

    private static Optional<DueReview> dueUnlessOpen(UUID youngPersonId, ReviewHistory history, ReviewTriggerKind kind, LocalDate due, LocalDate horizon,
                                                     String note) {
        return due.isAfter(horizon) || history.open() ? Optional.empty() : Optional.of(new DueReview(youngPersonId, kind, due, note));
    }
}
