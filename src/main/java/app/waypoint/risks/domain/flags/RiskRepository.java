package app.waypoint.risks.domain.flags;

import app.waypoint.risks.domain.records.RiskKind;
import app.waypoint.risks.domain.records.RiskStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class RiskRepository implements PanacheRepositoryBase<Risk, UUID> {

    /** Every concern about the young person, newest first. */
    List<Risk> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId = ?1 order by raisedAt desc", youngPersonId);
    }

    /** The active risks of a page of young people, in one query (the partial index {@code risk_active}). */
    List<ActiveRisk> activeOf(Collection<UUID> youngPeople) {
        if (youngPeople.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select r.youngPersonId, r.kind from Risk r where r.youngPersonId in :ids and r.status = :status"
                        + " order by r.kind", Object[].class)
                .setParameter("ids", youngPeople).setParameter("status", RiskStatus.ACTIVE).getResultList().stream()
                .map(row -> new ActiveRisk((UUID) row[0], (RiskKind) row[1])).toList();
    }

    /** A young person and the kind of one of their active risks. */
    record ActiveRisk(UUID youngPersonId, RiskKind kind) {
    }
}
