package app.waypoint.houseproject.domain.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class SuitabilityAssessmentRepository implements PanacheRepositoryBase<SuitabilityAssessment, UUID> {

    List<SuitabilityAssessment> ofMembership(UUID membershipId) {
        return list("membershipId", Sort.ascending("assessedAt"), membershipId);
    }
}
