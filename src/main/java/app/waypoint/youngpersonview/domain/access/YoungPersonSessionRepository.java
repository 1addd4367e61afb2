package app.waypoint.youngpersonview.domain.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

@ApplicationScoped
class YoungPersonSessionRepository implements PanacheRepositoryBase<YoungPersonSession, String> {

    void endAllOf(UUID accessId, Instant now) {
        update("endedAt = ?1 where accessId = ?2 and endedAt is null", now, accessId);
    }
}
