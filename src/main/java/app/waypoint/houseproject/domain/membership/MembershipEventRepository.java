package app.waypoint.houseproject.domain.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class MembershipEventRepository implements PanacheRepositoryBase<MembershipEvent, UUID> {

    List<MembershipEvent> ofMembership(UUID membershipId) {
        return list("membershipId", Sort.ascending("sequence"), membershipId);
    }
}
