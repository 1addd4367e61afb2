package app.waypoint.houseproject.domain.membership;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class AttendanceRepository implements PanacheRepositoryBase<Attendance, UUID> {

    long sessions(UUID membershipId) {
        return count("membershipId", membershipId);
    }

    long attended(UUID membershipId) {
        return count("membershipId = ?1 and attended = true", membershipId);
    }
}
