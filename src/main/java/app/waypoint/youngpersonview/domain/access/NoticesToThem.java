package app.waypoint.youngpersonview.domain.access;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.pathwayreviews.domain.plan.PlanSignedOff;
import app.waypoint.pathwayreviews.domain.review.ReviewBooked;
import app.waypoint.people.allocations.AllocationChanged;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.youngpersonview.domain.senders.ConfiguredMessenger;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells a young person with access to their own Waypoint (invited, not revoked) when their review is booked, their plan is
 * signed off or they get a new personal adviser: through the same sender as their codes, a short line and a link to /me,
 * nothing about them. It listens to the owning features' events once their work has committed, and keeps a record of each
 * notice (what about, when; never the text or the contact), which also makes each event tell them once.
 */
@ApplicationScoped
class NoticesToThem {

    private final YoungPersonAccessRepository accesses;
    private final SentNoticeRepository sent;
    private final ConfiguredMessenger sender;
    private final WaypointClock clock;
    private final String publicUrl;

    NoticesToThem(YoungPersonAccessRepository accesses, SentNoticeRepository sent, ConfiguredMessenger sender, WaypointClock clock,
                  @ConfigProperty(name = "waypoint.public-url", defaultValue = "http://localhost:8080") String publicUrl) {
        this.accesses = accesses;
        this.sent = sent;
        this.sender = sender;
        this.clock = clock;
        this.publicUrl = publicUrl;
    }

    /** Once per review: a review with a visit before it is booked again when its views are due, and finds the notice sent. */
    void reviewBooked(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReviewBooked review) {
        tell(review.youngPersonId(), NoticeAbout.REVIEW_BOOKED, "review-booked:" + review.processInstanceId());
    }

    void planSignedOff(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanSignedOff plan) {
        tell(plan.youngPersonId(), NoticeAbout.PLAN_SIGNED_OFF, "plan-signed-off:" + plan.youngPersonId() + ":" + plan.version());
    }

    void adviserChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AllocationChanged allocation) {
        if (allocation.kind() == AllocationKind.PERSONAL_ADVISER) {
            tell(allocation.youngPersonId(), NoticeAbout.NEW_ADVISER, "new-adviser:" + UUID.randomUUID());
        }
    }

    private void tell(UUID youngPersonId, NoticeAbout about, String eventKey) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Optional<YoungPersonAccess> access = accesses.liveFor(youngPersonId);
                if (access.isEmpty() || sent.sent(eventKey)) {
                    return;
                }
                sent.persist(new SentNotice(youngPersonId, access.get().id, about, eventKey, clock.now()));
                sent.flush();
                sender.get().sendNotice(access.get().contactKind, access.get().contact, about.message(publicUrl));
                Log.infof("Notice %s sent to young person %s (access %s)", about, youngPersonId, access.get().id);
            });
        } catch (RuntimeException failed) {
            Log.warnf(failed, "Notice %s to young person %s could not be sent", about, youngPersonId);
        }
    }
}
