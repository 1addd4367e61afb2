package app.waypoint.people.youngpeople;

import app.waypoint.audit.AuditService;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.status.LegalBasis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Young people and their care episodes as an import from the council's case-management system writes them (people/imports):
 * many at once in the caller's transaction, batched, each with the stored status worked out as {@link CareStatusService} does
 * for every other write. No process is started: the daily transition scan opens what a young person needs (as for one recorded
 * through the API). Rules are checked by the import beforehand; this only writes.
 */
@ApplicationScoped
public class YoungPersonImports {

    private static final int BATCH = 200;

    private final YoungPersonRepository youngPeople;
    private final CareStatusService statuses;
    private final WaypointClock clock;
    private final AuditService audit;
    private final EntityManager entities;

    YoungPersonImports(YoungPersonRepository youngPeople, CareStatusService statuses, WaypointClock clock, AuditService audit,
                       EntityManager entities) {
        this.youngPeople = youngPeople;
        this.statuses = statuses;
        this.clock = clock;
        this.audit = audit;
        this.entities = entities;
    }

    /** An episode of care as the import knows it: start, end (absent while it goes on), legal basis. */
    public record Episode(LocalDate start, LocalDate end, LegalBasis legalBasis) {
    }

    /** A young person as recorded now, for comparing with a file (not a read of their record: nothing is shown to anyone). */
    public record Existing(UUID id, String localId, LocalDate dateOfBirth, UUID teamId, List<Episode> episodes) {
    }

    /** A young person to create. */
    public record NewYoungPerson(String localId, String givenName, String familyName, LocalDate dateOfBirth, boolean fosterPlacement,
                                 boolean parent, List<Episode> episodes) {
    }

    /** Episodes to add to a young person, and the open episodes (by start) to end on a day. */
    public record EpisodeChanges(UUID youngPersonId, List<Episode> added, Map<LocalDate, LocalDate> endedByStart) {
    }

    /** The young people with these local ids, by local id, with their episodes. */
    public Map<String, Existing> existing(Collection<String> localIds) {
        if (localIds.isEmpty()) {
            return Map.of();
        }
        return youngPeople.find("select distinct p from YoungPerson p left join fetch p.episodes where p.localId in ?1", localIds).list()
                .stream().map(person -> new Existing(person.id, person.localId, person.dateOfBirth, person.teamId,
                        person.episodes.stream().map(e -> new Episode(e.startDate, e.endDate, e.legalBasis)).toList()))
                .collect(Collectors.toMap(Existing::localId, Function.identity()));
    }

    /** Creates these young people in the team; each is a change of their record for the audit trail. Answers their ids by local id. */
    public Map<String, UUID> create(List<NewYoungPerson> people, UUID teamId) {
        batched();
        Map<String, UUID> ids = new java.util.HashMap<>();
        int count = 0;
        for (NewYoungPerson incoming : people) {
            YoungPerson person = new YoungPerson(incoming.localId(), incoming.givenName(), incoming.familyName(), incoming.dateOfBirth(),
                    teamId, clock.now());
            person.fosterPlacement = incoming.fosterPlacement();
            person.parent = incoming.parent();
            incoming.episodes().forEach(e -> person.episodes.add(new EpisodeOfCare(person.id, e.start(), e.end(), e.legalBasis())));
            statuses.assess(person);
            youngPeople.persist(person);
            ids.put(person.localId, person.id);
            if (++count % BATCH == 0) {
                entities.flush();
                entities.clear();
            }
        }
        entities.flush();
        entities.clear();
        audit.reached(ids.values());
        return ids;
    }

    /** Adds and ends episodes of young people already recorded, keeping their stored status in step; each is audited as a change. */
    public void change(List<EpisodeChanges> changes) {
        batched();
        for (EpisodeChanges change : changes) {
            YoungPerson person = youngPeople.findById(change.youngPersonId());
            person.episodes.stream().filter(e -> e.endDate == null && change.endedByStart().containsKey(e.startDate))
                    .forEach(e -> e.endDate = change.endedByStart().get(e.startDate));
            change.added().forEach(e -> person.episodes.add(new EpisodeOfCare(person.id, e.start(), e.end(), e.legalBasis())));
            person.recordVersion++;
            statuses.assess(person);
        }
        entities.flush();
        audit.reached(changes.stream().map(EpisodeChanges::youngPersonId).toList());
    }

    private void batched() {
        entities.unwrap(Session.class).setJdbcBatchSize(BATCH);
    }
}
