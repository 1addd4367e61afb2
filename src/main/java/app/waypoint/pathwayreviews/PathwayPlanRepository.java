package app.waypoint.pathwayreviews;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class PathwayPlanRepository implements PanacheRepositoryBase<PathwayPlan, UUID> {

    Optional<PathwayPlan> draft(UUID youngPersonId) {
        return find("youngPersonId = ?1 and status = ?2", youngPersonId, PlanStatus.DRAFT).firstResultOptional();
    }

    Optional<PathwayPlan> lastSignedOff(UUID youngPersonId) {
        return find("youngPersonId = ?1 and status = ?2", Sort.descending("version"), youngPersonId, PlanStatus.SIGNED_OFF)
                .firstResultOptional();
    }

    Optional<PathwayPlan> version(UUID youngPersonId, int version) {
        return find("youngPersonId = ?1 and version = ?2", youngPersonId, version).firstResultOptional();
    }

    /** Every version, newest first. */
    List<PathwayPlan> versions(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("version"), youngPersonId);
    }

    int lastVersion(UUID youngPersonId) {
        Integer last = getEntityManager()
                .createQuery("select max(p.version) from PathwayPlan p where p.youngPersonId = :youngPerson", Integer.class)
                .setParameter("youngPerson", youngPersonId).getSingleResult();
        return last == null ? 0 : last;
    }
}
