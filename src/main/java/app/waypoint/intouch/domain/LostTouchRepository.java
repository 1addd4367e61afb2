package app.waypoint.intouch.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class LostTouchRepository implements PanacheRepositoryBase<LostTouch, UUID> {

    /** The young person's open lost-touch record, if any (at most one: index lost_touch_open). */
    Optional<LostTouch> openFor(UUID youngPersonId) {
        return find("youngPersonId = ?1 and endedOn is null", youngPersonId).firstResultOptional();
    }

    /** The day the young person came onto the record (counted from when no contact was ever made). */
    LocalDate knownSince(UUID youngPersonId) {
        return (LocalDate) getEntityManager().createNativeQuery("select cast(yp.created_at at time zone 'Europe/London' as date) "
                + "from waypoint.young_person yp where yp.id = :id", LocalDate.class).setParameter("id", youngPersonId).getSingleResult();
    }

    /**
     * Care leavers (and eligible children) with no lost-touch record open and no contact made on or after {@code recentFrom}
     * (counting from when they came onto the record if none was ever made): the nightly scan's young people.
     */
    List<UUID> withoutRecentContact(LocalDate recentFrom) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager().createNativeQuery("select yp.id from waypoint.young_person yp "
                        + "where yp.care_status in ('ELIGIBLE', 'RELEVANT', 'FORMER_RELEVANT', 'QUALIFYING') "
                        + "and cast(yp.created_at at time zone 'Europe/London' as date) < :recentFrom "
                        + "and not exists (select 1 from waypoint.young_person_contact c where c.young_person_id = yp.id "
                        + "and c.outcome = 'MADE' and c.contact_on >= :recentFrom) "
                        + "and not exists (select 1 from waypoint.lost_touch l where l.young_person_id = yp.id and l.ended_on is null) "
                        + "order by yp.id", UUID.class)
                .setParameter("recentFrom", recentFrom).getResultList();
        return ids;
    }
}
