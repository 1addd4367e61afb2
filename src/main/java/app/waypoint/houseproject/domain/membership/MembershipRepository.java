package app.waypoint.houseproject.domain.membership;

import app.waypoint.houseproject.domain.records.MembershipStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    Optional<Membership> open(UUID youngPersonId) {
        return find("youngPersonId = ?1 and closedAt is null", youngPersonId).firstResultOptional();
    }

    /** The young person's latest membership, open or closed. */
    Optional<Membership> latest(UUID youngPersonId) {
        return find("youngPersonId", Sort.descending("referredAt"), youngPersonId).firstResultOptional();
    }

    List<Membership> ofCohort(UUID cohortId) {
        return list("cohortId", Sort.ascending("referredAt"), cohortId);
    }

    long placesTaken(UUID cohortId) {
        return count("cohortId = ?1 and status in ?2", cohortId, MembershipStatus.HOLDING_A_PLACE);
    }

    /** Locks the cohort's row, so that two offers at once cannot both take its last place. */
    void lockCohort(UUID cohortId) {
        getEntityManager().find(Cohort.class, cohortId, LockModeType.PESSIMISTIC_WRITE);
    }
}
