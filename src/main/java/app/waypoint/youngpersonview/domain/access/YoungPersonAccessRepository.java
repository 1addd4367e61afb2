package app.waypoint.youngpersonview.domain.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class YoungPersonAccessRepository implements PanacheRepositoryBase<YoungPersonAccess, UUID> {

    Optional<YoungPersonAccess> liveFor(UUID youngPersonId) {
        return find("youngPersonId = ?1 and revokedAt is null", youngPersonId).firstResultOptional();
    }

    Optional<YoungPersonAccess> liveByContact(String normalisedContact) {
        return find("contact = ?1 and revokedAt is null", normalisedContact).firstResultOptional();
    }
}
