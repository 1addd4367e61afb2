package app.waypoint.tasks.domain.filters;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class SavedTaskFilterRepository implements PanacheRepositoryBase<SavedTaskFilter, UUID> {

    /** A member of staff's saved filters, by name. */
    List<SavedTaskFilter> of(UUID staffId) {
        return list("staffId", Sort.ascending("name"), staffId);
    }

    /** One of their saved filters; another's is as unknown as one that does not exist. */
    Optional<SavedTaskFilter> of(UUID staffId, UUID id) {
        return find("id = ?1 and staffId = ?2", id, staffId).firstResultOptional();
    }

    boolean named(UUID staffId, String name) {
        return count("staffId = ?1 and lower(name) = lower(?2)", staffId, name) > 0;
    }
}
