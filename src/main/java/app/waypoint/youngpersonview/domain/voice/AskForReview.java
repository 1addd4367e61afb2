package app.waypoint.youngpersonview.domain.voice;

import app.waypoint.audit.AuditService;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewResponse;
import app.waypoint.pathwayreviews.domain.review.PathwayReviewService;
import app.waypoint.pathwayreviews.domain.triggers.RequestReviewRequest;
import app.waypoint.pathwayreviews.domain.triggers.ReviewRequestReason;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * A young person asks for a review from their own page: it starts one as a request by the young person (due within the
 * statutory working days, with the review's own process), unless a review is already open, which they are told.
 */
@ApplicationScoped
public class AskForReview {

    /** At most this many characters in their reason. */
    public static final int MAX_REASON = 500;

    /** Asks on the young person's behalf: used only here, with the id from their session. */
    private static final Caller THE_YOUNG_PERSON = new Caller(null, "young-person", StaffRole.ADMIN, null);

    private final PathwayReviewService reviews;
    private final AuditService audit;

    AskForReview(PathwayReviewService reviews, AuditService audit) {
        this.reviews = reviews;
        this.audit = audit;
    }

    /** What came of asking. */
    public enum Outcome { ASKED, ALREADY_OPEN }

    /** Starts a review asked for by the young person, with their reason (may be blank); only ever called with the id signed in. */
    @Transactional
    public Outcome ask(UUID youngPersonId, String reason) {
        String why = reason == null ? "" : reason.strip();
        if (why.length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "Your reason is too long. Use " + MAX_REASON + " letters or fewer.");
        }
        audit.reached(youngPersonId);
        if (reviews.list(youngPersonId, THE_YOUNG_PERSON).stream().anyMatch(PathwayReviewResponse::open)) {
            return Outcome.ALREADY_OPEN;
        }
        reviews.request(youngPersonId, new RequestReviewRequest(ReviewRequestReason.REQUEST_BY_YOUNG_PERSON, why.isEmpty() ? null : why),
                THE_YOUNG_PERSON);
        return Outcome.ASKED;
    }
}
