package app.waypoint.pathwayreviews.domain.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class ReviewTriggerRepository implements PanacheRepositoryBase<ReviewTrigger, UUID> {

    /** A review's triggers, the one that started it first. */
    List<ReviewTrigger> ofReview(UUID reviewId) {
        return list("reviewId", Sort.by("recordedAt"), reviewId);
    }
}
