package app.waypoint.youngpersonview.domain.voice;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class TheirViewsRepository implements PanacheRepositoryBase<TheirViews, UUID> {

    List<TheirViews> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("givenAt"), youngPersonId);
    }
}
