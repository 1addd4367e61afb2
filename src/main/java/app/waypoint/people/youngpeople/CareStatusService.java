package app.waypoint.people.youngpeople;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.status.AgeDates;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.CareEpisode;
import app.waypoint.people.status.CareHistory;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.status.CareStatusRules;
import app.waypoint.people.status.DateRange;
import app.waypoint.people.status.KeyDates;
import app.waypoint.people.status.StatusAssessment;
import app.waypoint.shared.NotFoundException;
import app.waypoint.shared.PlainSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/** Status and key dates of a young person as of today on the application clock. */
@ApplicationScoped
public class CareStatusService {

    private final CareStatusRules rules = new CareStatusRules();
    private final WaypointClock clock;
    private final YoungPersonRepository youngPeople;
    private final PlainSql sql;

    CareStatusService(WaypointClock clock, YoungPersonRepository youngPeople, PlainSql sql) {
        this.clock = clock;
        this.youngPeople = youngPeople;
        this.sql = sql;
    }

    /**
     * The young person's key dates that come from their date of birth alone, for a process's deadlines: their date of birth in
     * one plain statement, after what this transaction changed is flushed. Their record with its care history, as
     * {@link #assess} reads it through Hibernate, took a quarter of a completion's CPU when the next step's due date came from
     * it (JFR, README "Performance"). No member of staff is shown anything here, so it is not a read for the audit trail.
     */
    public AgeDates ageDates(UUID youngPersonId) {
        youngPeople.flush();
        LocalDate dateOfBirth = sql.first("select date_of_birth from waypoint.young_person where id = ?", row -> row.getObject(1, LocalDate.class),
                youngPersonId).orElseThrow(() -> new NotFoundException("young person", youngPersonId.toString()));
        return rules.ageDates(dateOfBirth);
    }

    /**
     * Of these young people, those whose status was one of {@code statuses} on some day from {@code from} to {@code to} (both
     * included), by the rules applied to their care history on that day. A status can change only on a day something happens:
     * a birthday that matters (16, 18, 21, 25), a care episode, custody or hospital stay or time at home starting or ending (and
     * the day after), or six months at home; so the rules are asked on the period's first day and on each such day in it.
     */
    @Transactional
    public Set<UUID> heldStatusBetween(Collection<UUID> ids, Set<CareStatus> statuses, LocalDate from, LocalDate to) {
        Set<UUID> held = new HashSet<>();
        if (ids.isEmpty()) {
            return held;
        }
        for (YoungPerson person : youngPeople.list("id in ?1", List.copyOf(ids))) {
            CareHistory history = person.careHistory();
            if (changeDays(history, from, to).anyMatch(day -> statuses.contains(rules.assess(history, day).status()))) {
                held.add(person.id);
            }
        }
        return held;
    }

    private static Stream<LocalDate> changeDays(CareHistory history, LocalDate from, LocalDate to) {
        Stream<LocalDate> birthdays = Stream.of(16, 18, 21, 25).map(age -> Birthdays.anniversary(history.dateOfBirth(), age));
        Stream<DateRange> periods = Stream.of(history.episodes().stream().map(CareEpisode::period), history.custodyOrHospital().stream(),
                history.homeWithParent().stream()).flatMap(each -> each);
        Stream<LocalDate> edges = periods.flatMap(period -> Stream.of(period.start(), period.start().plusDays(1), period.end(),
                period.end() == null ? null : period.end().plusDays(1)));
        Stream<LocalDate> sixMonthsHome = history.homeWithParent().stream().map(period -> period.start().plusMonths(6));
        LocalDate first = from.isBefore(history.dateOfBirth()) ? history.dateOfBirth() : from;
        return Stream.concat(Stream.of(first), Stream.of(birthdays, edges, sixMonthsHome).flatMap(each -> each))
                .filter(day -> day != null && !day.isBefore(first) && !day.isAfter(to)).distinct();
    }

    /**
     * The young person's status today: the one kept on their row while it holds (the caller read it with the rest of what it
     * needs, see StoredStatus), else worked out from their care history and kept.
     */
    public CareStatus statusToday(UUID youngPersonId, CareStatus stored, LocalDate storedOn, LocalDate storedUntil) {
        LocalDate today = clock.today();
        if (stored != null && storedOn != null && storedUntil != null && !storedOn.isAfter(today) && today.isBefore(storedUntil)) {
            return stored;
        }
        return assess(youngPeople.findById(youngPersonId)).status();
    }

    /**
     * All the young person's key dates, the needs assessment's too, which depends on their care history: their record is read
     * with it. For a process's deadlines, like {@link #ageDates}, so not a read for the audit trail; 404 for no such young person.
     */
    public KeyDates keyDates(UUID youngPersonId) {
        YoungPerson person = youngPeople.findByIdOptional(youngPersonId).orElseThrow(() -> new NotFoundException("young person", youngPersonId.toString()));
        return assess(person).keyDates();
    }

    /** The status today; the row keeps it for the caseload list ({@link StoredStatus}) when it has changed. */
    public StatusAssessment assess(YoungPerson person) {
        LocalDate today = clock.today();
        StatusAssessment assessment = rules.assess(person.careHistory(), today);
        StoredStatus.keep(person, assessment, today);
        return assessment;
    }

    /** In care today in a way that counts towards eligibility (planned short breaks alone do not). */
    boolean inCountingCareToday(YoungPerson person) {
        return rules.lookedAfterOn(person.careHistory(), clock.today());
    }
}
