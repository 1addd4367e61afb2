package app.waypoint.people.contacts;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class ContactRepository implements PanacheRepositoryBase<Contact, UUID> {

    /** A young person's contacts, latest first. */
    List<Contact> ofYoungPerson(UUID youngPersonId) {
        return list("youngPersonId", Sort.descending("contactOn", "recordedAt"), youngPersonId);
    }

    /** The day of each young person's last contact made (attempts do not count); those with none recorded are left out. */
    Map<UUID, LocalDate> lastContactOn(Collection<UUID> youngPeople) {
        if (youngPeople.isEmpty()) {
            return Map.of();
        }
        return getEntityManager()
                .createQuery("select c.youngPersonId, max(c.contactOn) from Contact c where c.youngPersonId in :ids and c.outcome = :made "
                        + "group by c.youngPersonId", Object[].class)
                .setParameter("ids", youngPeople).setParameter("made", ContactOutcome.MADE).getResultList().stream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (LocalDate) row[1]));
    }

    /** The day of the last contact made (null: none) and the attempts that failed after it (all of them when none was made). */
    ContactHistory history(UUID youngPersonId) {
        LocalDate lastMade = getEntityManager()
                .createQuery("select max(c.contactOn) from Contact c where c.youngPersonId = :id and c.outcome = :made", LocalDate.class)
                .setParameter("id", youngPersonId).setParameter("made", ContactOutcome.MADE).getSingleResult();
        long attempts = lastMade == null
                ? count("youngPersonId = ?1 and outcome = ?2", youngPersonId, ContactOutcome.ATTEMPTED)
                : count("youngPersonId = ?1 and outcome = ?2 and contactOn > ?3", youngPersonId, ContactOutcome.ATTEMPTED, lastMade);
        return new ContactHistory(lastMade, (int) attempts);
    }
}
