package app.waypoint.escalations.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class EscalationRepository implements PanacheRepositoryBase<Escalation, UUID> {

    boolean raised(String chainId, EscalationStage stage) {
        return count("chainId = ?1 and stage = ?2", chainId, stage) > 0;
    }

    void resolveAll(String taskId, Instant at) {
        update("resolvedAt = ?1 where taskId = ?2 and resolvedAt is null", at, taskId);
    }

    /** Escalations matching a JPQL condition on {@code e} with named parameters, newest first. */
    PanacheQuery<Escalation> matching(String condition, Map<String, Object> parameters) {
        return find("select distinct e from Escalation e left join e.recipients r where " + condition, Sort.descending("raisedAt"), parameters);
    }

    /** Every escalation about the young person, newest first. */
    List<Escalation> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("raisedAt"), youngPersonId);
    }
}
