package app.waypoint.pathwayreviews.domain.plan;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PathwayPlanRepository implements PanacheRepositoryBase<PathwayPlan, UUID> {

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

    /** The time of each young person's last sign-off, for everyone with a signed-off plan. */
    public Map<UUID, Instant> lastSignOffs() {
        Map<UUID, Instant> last = new HashMap<>();
        getEntityManager().createQuery("select p.youngPersonId, max(p.signedOffAt) from PathwayPlan p where p.status = :status "
                        + "group by p.youngPersonId", Object[].class)
                .setParameter("status", PlanStatus.SIGNED_OFF)
                .getResultList().forEach(row -> last.put((UUID) row[0], (Instant) row[1]));
        return last;
    }
}
