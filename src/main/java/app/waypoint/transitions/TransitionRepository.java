package app.waypoint.transitions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
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

    boolean everStarted(UUID youngPersonId) {
        return count("youngPersonId", youngPersonId) > 0;
    }
}
