package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanRepository;
import app.waypoint.pathwayreviews.domain.schedule.LookedAfterReviewTimetable;
import app.waypoint.pathwayreviews.domain.schedule.PathwayReviewConfig;
import app.waypoint.pathwayreviews.domain.triggers.ReviewTriggerKind;
import app.waypoint.people.youngpeople.InCareSince;
import app.waypoint.people.youngpeople.YoungPersonService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The nightly pathway review check (domain notes §2b triggers). An eligible child's reviews follow the looked-after review
 * timetable; everyone else with a signed-off plan is reviewed at least every 6 months. A review starts, with no open one, once
 * its due day is within the configured lead, so that there is time to invite.
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

    DueReviewScan(PathwayReviewService reviewService, PathwayReviewRepository reviews, PathwayPlanRepository plans,
                  YoungPersonService youngPeople, LookedAfterReviewTimetable lookedAfterTimetable, WorkingCalendar calendar,
                  PathwayReviewConfig config, WaypointClock clock) {
        this.reviewService = reviewService;
        this.reviews = reviews;
        this.plans = plans;
        this.youngPeople = youngPeople;
        this.lookedAfterTimetable = lookedAfterTimetable;
        this.calendar = calendar;
        this.config = config;
        this.clock = clock;
    }

    /** Starts every review that is now due or near; returns the young people whose review started. */
    @Transactional
    public List<UUID> startDueReviews() {
        LocalDate horizon = calendar.plusWorkingDays(clock.today(), config.sixMonthlyLeadWorkingDays());
        List<UUID> started = new ArrayList<>();
        Set<UUID> onLookedAfterTimetable = new HashSet<>();
        for (InCareSince child : youngPeople.eligibleInCare()) {
            onLookedAfterTimetable.add(child.youngPersonId());
            LocalDate due = lookedAfterTimetable.nextDue(child, reviews.heldSince(child.youngPersonId(), child.since()));
            startIfDue(child.youngPersonId(), ReviewTriggerKind.LOOKED_AFTER_TIMETABLE, due, horizon, "In care since " + child.since())
                    .ifPresent(started::add);
        }
        plans.lastSignOffs().forEach((youngPersonId, signedOffAt) -> {
            if (!onLookedAfterTimetable.contains(youngPersonId)) {
                LocalDate last = WaypointClock.dayOf(signedOffAt);
                Optional<LocalDate> held = reviews.lastHeldOn(youngPersonId);
                if (held.isPresent() && held.get().isAfter(last)) {
                    last = held.get();
                }
                LocalDate due = calendar.plusMonths(last, config.maximumMonthsBetweenReviews());
                startIfDue(youngPersonId, ReviewTriggerKind.SIX_MONTHLY, due, horizon, "Last review or sign-off on " + last)
                        .ifPresent(started::add);
            }
        });
        Log.infof("Pathway review scan started %d review(s)", started.size());
        return started;
    }

    private Optional<UUID> startIfDue(UUID youngPersonId, ReviewTriggerKind kind, LocalDate due, LocalDate horizon, String note) {
        if (due.isAfter(horizon) || reviews.open(youngPersonId).isPresent()) {
            return Optional.empty();
        }
        reviewService.trigger(youngPersonId, kind, null, note, due, SCANNER);
        return Optional.of(youngPersonId);
    }
}
