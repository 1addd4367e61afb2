package app.waypoint.youngpersonview.domain.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
class SentNoticeRepository implements PanacheRepositoryBase<SentNotice, UUID> {

    boolean sent(String eventKey) {
        return count("eventKey", eventKey) > 0;
    }
}
