package app.waypoint.youngpersonview.domain.voice;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.pathwayreviews.domain.review.TheirWordsBeforeReview;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Gives a review's agenda the young person's views before it, each answer as they wrote it, with the day. */
@ApplicationScoped
class TheirViewsForReview implements TheirWordsBeforeReview {

    private final TheirViewsService views;

    TheirViewsForReview(TheirViewsService views) {
        this.views = views;
    }

    @Override
    public List<TheirWords> since(UUID youngPersonId, Instant since) {
        List<ViewsResponse> oldestFirst = new ArrayList<>(views.own(youngPersonId));
        Collections.reverse(oldestFirst);
        return oldestFirst.stream()
                .filter(given -> given.beforeWhat() == BeforeWhat.REVIEW && (since == null || given.givenAt().isAfter(since)))
                .flatMap(given -> given.answers().stream().filter(answer -> !answer.answer().isEmpty())
                        .map(answer -> new TheirWords(WaypointClock.dayOf(given.givenAt()), answer.question(), answer.answer())))
                .toList();
    }
}
