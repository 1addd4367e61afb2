package app.waypoint.transitions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TransitionRepository implements PanacheRepositoryBase<Transition, UUID> {

    Optional<Transition> open(UUID youngPersonId) {
        return find("youngPersonId = ?1 and closedAt is null", youngPersonId).firstResultOptional();
    }

    Optional<Transition> latest(UUID youngPersonId) {
        return find("youngPersonId", Sort.descending("startedAt"), youngPersonId).firstResultOptional();
    }

    /**
     * The young people born in the window who have never had a transition, in one statement: the daily scan reads only these,
     * not everyone of that age (at national scale about 22,000 young people, whom it once read with their care histories into
     * one transaction, and ran out of memory).
     */
    @SuppressWarnings("unchecked")
    List<UUID> neverStartedBornBetween(LocalDate earliest, LocalDate latest) {
        return getEntityManager().createNativeQuery("select yp.id from waypoint.young_person yp where yp.date_of_birth between ?1 and ?2"
                        + " and not exists (select 1 from waypoint.transition t where t.young_person_id = yp.id) order by yp.id", UUID.class)
                .setParameter(1, earliest).setParameter(2, latest).getResultList();
    }
}
