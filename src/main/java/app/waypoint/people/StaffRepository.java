package app.waypoint.people;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class StaffRepository implements PanacheRepositoryBase<Staff, UUID> {

    Optional<Staff> byUsername(String username) {
        return find("username", username).firstResultOptional();
    }
}
