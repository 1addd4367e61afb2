package app.waypoint.pathwayreviews.domain.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What the young person said in their own words before a review, for the review's agenda. The young person's own Waypoint
 * answers it (it holds their views); the review only reads them and never copies them into the plan.
 */
public interface TheirWordsBeforeReview {

    /** Each answer they gave after {@code since} (every one when null), oldest first, with the day they gave it. */
    List<TheirWords> since(UUID youngPersonId, Instant since);

    /** One answer in their own words: the question asked, their answer and the day they gave it. */
    record TheirWords(LocalDate givenOn, String question, String answer) {
    }
}
