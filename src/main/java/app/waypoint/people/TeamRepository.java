package app.waypoint.people;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class TeamRepository implements PanacheRepositoryBase<Team, UUID> {
}
