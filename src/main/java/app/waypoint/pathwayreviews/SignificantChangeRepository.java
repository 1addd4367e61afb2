package app.waypoint.pathwayreviews;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class SignificantChangeRepository implements PanacheRepositoryBase<SignificantChange, UUID> {
}
