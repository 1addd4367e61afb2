package app.waypoint.people.record;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CodedStatusRepository implements PanacheRepositoryBase<CodedStatus, UUID> {

    /** The young person's history of one kind, latest first. */
    List<CodedStatus> ofYoungPerson(UUID youngPersonId, CodedStatus.Kind kind) {
        return list("youngPersonId = ?1 and kind = ?2", Sort.descending("effectiveOn", "recordedAt"), youngPersonId, kind);
    }
}
