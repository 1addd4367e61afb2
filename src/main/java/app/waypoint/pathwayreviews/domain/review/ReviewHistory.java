package app.waypoint.pathwayreviews.domain.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the nightly review check needs of a young person's reviews: the days they were held, oldest first, and whether one is
 * open now.
 */
record ReviewHistory(List<LocalDate> held, boolean open) {

    static final ReviewHistory NONE = new ReviewHistory(List.of(), false);

    /** The days reviews were held on or after {@code from}, oldest first. */
    List<LocalDate> heldSince(LocalDate from) {
        return held.stream().filter(day -> !day.isBefore(from)).toList();
    }

    /** This history followed by a later row of the same young person's (rows come oldest first). */
    ReviewHistory and(ReviewHistory later) {
        return new ReviewHistory(Stream.concat(held.stream(), later.held.stream()).toList(), open || later.open);
    }

    Optional<LocalDate> lastHeld() {
        return held.isEmpty() ? Optional.empty() : Optional.of(held.get(held.size() - 1));
    }
}
