package app.waypoint.supervision.domain.sessions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class OversightEntryRepository implements PanacheRepositoryBase<OversightEntry, UUID> {

    /** A young person's management-oversight chronology, newest first. */
    List<OversightEntry> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("recordedAt"), youngPersonId);
    }

    List<OversightEntry> ofSession(UUID sessionId) {
        return list("sessionId", Sort.ascending("recordedAt"), sessionId);
    }
}
