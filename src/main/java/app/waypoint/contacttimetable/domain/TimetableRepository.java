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

    /** The young people whose timetable runs, in order (ids only: at national scale they are tens of thousands). */
    List<UUID> runningIds() {
        return getEntityManager().createQuery("select t.youngPersonId from Timetable t where t.processInstanceId is not null and t.endedOn is null"
                + " order by t.youngPersonId", UUID.class).getResultList();
    }

    /** The young person's timetable, if it still runs. */
    Optional<Timetable> running(UUID youngPersonId) {
        return findByIdOptional(youngPersonId).filter(Timetable::running);
    }
}
