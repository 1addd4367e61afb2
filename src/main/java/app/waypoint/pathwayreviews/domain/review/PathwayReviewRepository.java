package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.shared.PlainSql;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PathwayReviewRepository implements PanacheRepositoryBase<PathwayReview, UUID> {

    private static final String HISTORIES = "select young_person_id, held_on, closed_at is null from waypoint.pathway_review"
            + " where young_person_id = any(?) and (held_on is not null or closed_at is null) order by young_person_id, held_on";

    private final PlainSql sql;

    PathwayReviewRepository(PlainSql sql) {
        this.sql = sql;
    }

    Optional<PathwayReview> open(UUID youngPersonId) {
        return find("youngPersonId = ?1 and closedAt is null", youngPersonId).firstResultOptional();
    }

    /** Every review of the young person, newest first. */
    List<PathwayReview> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("startedAt"), youngPersonId);
    }

    /**
     * The review histories of these young people (absent: no review held or open), for the nightly check: one statement for
     * a batch of them, on the indexes of held and open reviews; an array parameter keeps one statement text at any batch size.
     * Plain SQL: the scan reads in a transaction of its own, in which nothing waits to be flushed.
     */
    Map<UUID, ReviewHistory> histories(Collection<UUID> youngPersonIds) {
        Map<UUID, ReviewHistory> histories = new HashMap<>();
        sql.list(HISTORIES, row -> {
            Date heldOn = row.getDate(2);
            return Map.entry(row.getObject(1, UUID.class), new ReviewHistory(heldOn == null ? List.of() : List.of(heldOn.toLocalDate()), row.getBoolean(3)));
        }, new PlainSql.SqlArray("uuid", youngPersonIds)).forEach(row -> histories.merge(row.getKey(), row.getValue(), ReviewHistory::and));
        return histories;
    }
}
