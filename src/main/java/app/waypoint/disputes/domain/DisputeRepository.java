package app.waypoint.disputes.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class DisputeRepository implements PanacheRepositoryBase<Dispute, UUID> {

    /** Disputes matching a JPQL condition on {@code d} with named parameters, newest first. */
    PanacheQuery<Dispute> matching(String condition, Map<String, Object> parameters) {
        return find("from Dispute d where " + condition, Sort.descending("raisedAt"), parameters);
    }
}
