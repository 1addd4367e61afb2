package app.waypoint.contacttimetable.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class TimetableRepository implements PanacheRepositoryBase<Timetable, UUID> {

    /** The young person's timetable, its row locked for the change (one start, one count at a time). */
    Optional<Timetable> locked(UUID youngPersonId) {
        return findByIdOptional(youngPersonId, LockModeType.PESSIMISTIC_WRITE);
    }

    List<Timetable> running() {
        return list("processInstanceId is not null and endedOn is null");
    }
}
