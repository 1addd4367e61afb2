package app.waypoint.web.signin;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

@ApplicationScoped
class PageSessionRepository implements PanacheRepositoryBase<PageSession, String> {

    void endAllOf(String username, SessionEnd why, Instant now) {
        update("endedAt = ?1, endedWhy = ?2 where staffUsername = ?3 and endedAt is null", now, why, username);
    }
}
