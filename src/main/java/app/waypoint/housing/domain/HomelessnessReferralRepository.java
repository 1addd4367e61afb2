package app.waypoint.housing.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class HomelessnessReferralRepository implements PanacheRepositoryBase<HomelessnessReferral, UUID> {

    /** The young person's open referral, if any (there is at most one). */
    Optional<HomelessnessReferral> openFor(UUID youngPersonId) {
        return find("youngPersonId = ?1 and closedAt is null", youngPersonId).firstResultOptional();
    }

    /** Every referral of the young person, newest first. */
    List<HomelessnessReferral> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId = ?1 order by startedAt desc", youngPersonId);
    }
}
