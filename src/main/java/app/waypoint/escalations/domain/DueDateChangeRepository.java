package app.waypoint.escalations.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class DueDateChangeRepository implements PanacheRepositoryBase<DueDateChange, UUID> {
}
