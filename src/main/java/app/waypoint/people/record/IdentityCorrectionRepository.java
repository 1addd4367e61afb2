package app.waypoint.people.record;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class IdentityCorrectionRepository implements PanacheRepositoryBase<IdentityCorrection, UUID> {

    /** The young person's identity corrections, latest first. */
    List<IdentityCorrection> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("recordedAt"), youngPersonId);
    }
}
