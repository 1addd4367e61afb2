package app.waypoint.supervision.domain.sessions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class SupervisionProfileRepository implements PanacheRepositoryBase<SupervisionProfile, UUID> {
}
