package app.waypoint.pathwayreviews.domain.review;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PathwayReviewRepository implements PanacheRepositoryBase<PathwayReview, UUID> {

    Optional<PathwayReview> open(UUID youngPersonId) {
        return find("youngPersonId = ?1 and closedAt is null", youngPersonId).firstResultOptional();
    }

    /** Every review of the young person, newest first. */
    List<PathwayReview> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("startedAt"), youngPersonId);
    }

    Optional<LocalDate> lastHeldOn(UUID youngPersonId) {
        return Optional.ofNullable(getEntityManager()
                .createQuery("select max(r.heldOn) from PathwayReview r where r.youngPersonId = :youngPerson", LocalDate.class)
                .setParameter("youngPerson", youngPersonId).getSingleResult());
    }

    /** The days reviews of the young person were held on or after the day given, oldest first. */
    List<LocalDate> heldSince(UUID youngPersonId, LocalDate from) {
        return getEntityManager().createQuery("select r.heldOn from PathwayReview r where r.youngPersonId = :youngPerson "
                        + "and r.heldOn >= :from order by r.heldOn", LocalDate.class)
                .setParameter("youngPerson", youngPersonId).setParameter("from", from).getResultList();
    }
}
