package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.pathwayreviews.domain.triggers.ReviewTriggerKind;
import app.waypoint.pathwayreviews.domain.triggers.SignificantChangeKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Why reviews are held, for a page of tasks: the trigger that started each review's process, in one query for the page. */
@ApplicationScoped
public class ReviewReasons {

    /** What started a review: the trigger, and for a significant change what changed and the worker's note of it. */
    public record ReviewReason(ReviewTriggerKind trigger, SignificantChangeKind change, String detail) {
    }

    private final EntityManager entities;

    ReviewReasons(EntityManager entities) {
        this.entities = entities;
    }

    /** The reason for each review whose process is one of these, by process instance id (other processes are absent). */
    @Transactional
    public Map<String, ReviewReason> byProcessInstance(Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entities.createQuery("select r.processInstanceId, t.kind, c.kind, c.detail from PathwayReview r"
                        + " join ReviewTrigger t on t.reviewId = r.id and t.startedReview = true"
                        + " left join SignificantChange c on c.id = t.significantChangeId"
                        + " where r.processInstanceId in :ids order by t.recordedAt", Object[].class)
                .setParameter("ids", processInstanceIds).getResultList();
        Map<String, ReviewReason> reasons = new HashMap<>();
        for (Object[] row : rows) {
            reasons.putIfAbsent((String) row[0], new ReviewReason((ReviewTriggerKind) row[1], (SignificantChangeKind) row[2], (String) row[3]));
        }
        return reasons;
    }
}
