package app.waypoint.contacttimetable.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.contacttimetable.process.ContactTimetableProcess;
import app.waypoint.engine.ProcessGateway;
import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.contacts.ContactKind;
import app.waypoint.people.contacts.ContactOutcome;
import app.waypoint.people.contacts.ContactRecorded;
import app.waypoint.people.contacts.ContactService;
import app.waypoint.people.record.YoungPersonRecordService;
import app.waypoint.people.record.accommodation.AccommodationChanged;
import app.waypoint.people.record.accommodation.AccommodationResponse;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.youngpeople.YoungPersonFacts;
import app.waypoint.people.youngpeople.YoungPersonService;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Runs each young person's contact timetable ({@code ContactTimetableProcess}, business key the young person's id): starts one
 * where the keeping-in-touch duty applies and none runs, works out each next visit or contact with {@link ContactTimetable},
 * counts the contacts made as they are recorded (and the pathway review's pre-review visit), re-times the due one after a move,
 * and ends the timetable when the duty ends.
 */
@ApplicationScoped
public class ContactTimetableService {

    private static final int MAX_REASON = 1000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final TimetableRepository timetables;
    private final ContactTimetable rule;
    private final YoungPersonService youngPeople;
    private final YoungPersonRecordService records;
    private final AllocationService allocations;
    private final ContactService contacts;
    private final VisibilityService visibility;
    private final ProcessGateway processes;
    private final WaypointClock clock;

    ContactTimetableService(TimetableRepository timetables, ContactTimetable rule, YoungPersonService youngPeople, YoungPersonRecordService records,
                            AllocationService allocations, ContactService contacts, VisibilityService visibility, ProcessGateway processes,
                            WaypointClock clock) {
        this.timetables = timetables;
        this.rule = rule;
        this.youngPeople = youngPeople;
        this.records = records;
        this.allocations = allocations;
        this.contacts = contacts;
        this.visibility = visibility;
        this.processes = processes;
        this.clock = clock;
    }

    /** Starts the young person's timetable if the duty applies and none is running (idempotent); true when one started. */
    @Transactional
    public boolean startIfDue(UUID youngPersonId) {
        Optional<Timetable> existing = timetables.locked(youngPersonId);
        if (existing.filter(Timetable::running).isPresent()) {
            return false;
        }
        Timetable timetable = existing.orElseGet(() -> new Timetable(youngPersonId, clock.today()));
        timetable.startedOn = clock.today();
        timetable.endedOn = null;
        if (!rule.dutyApplies(facts(timetable))) {
            return false;
        }
        contacts.lastContactOn(Set.of(youngPersonId)).values().forEach(day -> timetable.count(day, false));
        timetables.persist(timetable);
        timetables.flush();
        Map<String, Object> variables = new HashMap<>();
        variables.put(ContactTimetableProcess.VAR_YOUNG_PERSON_ID, youngPersonId.toString());
        UUID teamId = youngPeople.facts(youngPersonId).teamId();
        if (teamId != null) {
            variables.put(ContactTimetableProcess.VAR_TEAM_ID, teamId.toString());
        }
        timetable.processInstanceId = processes.start(ContactTimetableProcess.KEY, youngPersonId.toString(), variables);
        Log.debugf("Contact timetable of young person %s started", youngPersonId);
        return true;
    }

    /** Works out the next visit or contact due and keeps it (the process's planning step); ends the timetable when the duty has. */
    @Transactional
    public NextContact plan(UUID youngPersonId) {
        Timetable timetable = timetables.locked(youngPersonId).orElseThrow(() -> new IllegalStateException("No contact timetable for " + youngPersonId));
        TimetableFacts facts = facts(timetable);
        if (!rule.dutyApplies(facts)) {
            timetable.endedOn = clock.today();
            timetable.dueOn = null;
            timetable.dueKind = null;
            timetable.dueRule = null;
            Log.debugf("Contact timetable of young person %s ended: no keeping-in-touch duty", youngPersonId);
            return NextContact.ended();
        }
        ContactDue due = rule.next(facts);
        timetable.dueOn = due.dueOn();
        timetable.dueKind = due.kind();
        timetable.dueRule = due.rule();
        String name = youngPeople.facts(youngPersonId).name();
        String what = due.kind() == DueContact.VISIT ? "Visit " + name : "Be in touch with " + name;
        String closes = due.kind() == DueContact.VISIT ? "A visit made, recorded as a contact," : "Any contact made, recorded,";
        return new NextContact(true, due, allocations.allocatedUsername(youngPersonId, AllocationKind.PERSONAL_ADVISER, AllocationKind.SOCIAL_WORKER),
                what + " by " + due.dueOn().format(DAY) + ". " + due.rule() + " " + closes
                        + " closes this task (an attempt does not). Complete it here only to say why it cannot be done this time.");
    }

    /** A contact made counts; one that is what the timetable waits for, and later than the last counted, closes the due task. */
    void contactRecorded(@Observes ContactRecorded contact) {
        if (contact.outcome() != ContactOutcome.MADE) {
            return;
        }
        count(contact.youngPersonId(), contact.contactOn(), contact.kind());
    }

    /** The pathway review's pre-review visit was made on {@code visitedOn}: it counts as a visit (reg 8's visit before each review). */
    @Transactional
    public void preReviewVisitMade(UUID youngPersonId, LocalDate visitedOn) {
        count(youngPersonId, visitedOn, ContactKind.VISIT);
    }

    private void count(UUID youngPersonId, LocalDate day, ContactKind kind) {
        timetables.locked(youngPersonId).filter(Timetable::running).ifPresent(timetable -> {
            LocalDate before = timetable.lastMatchingOn();
            DueContact due = timetable.dueKind;
            timetable.count(day, kind == ContactKind.VISIT);
            if (due != null && ContactTimetable.matches(due, kind, ContactOutcome.MADE) && (before == null || day.isAfter(before))) {
                processes.correlateIfWaiting(ContactTimetableProcess.MSG_CONTACT_MADE, timetable.processInstanceId);
                Log.debugf("Contact timetable of young person %s: %s made on %s", youngPersonId, kind, day);
            }
        });
    }

    /** A move (or a planned one) re-times the due visit or contact: it is worked out afresh. */
    void accommodationChanged(@Observes AccommodationChanged change) {
        timetables.locked(change.youngPersonId()).filter(Timetable::running)
                .ifPresent(timetable -> circumstancesChanged(timetable.processInstanceId));
    }

    /** The worker closed the due visit or contact by hand, saying why: kept, and the next one counts from today. */
    @Transactional
    public void closedByHand(UUID youngPersonId, String because, String username) {
        timetables.locked(youngPersonId).ifPresent(timetable -> {
            String reason = because == null || because.isBlank() ? "No reason given" : because.strip();
            timetable.closedByHandOn = clock.today();
            timetable.closedByHandBy = username;
            timetable.closedByHandReason = reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason;
        });
    }

    /** The young person's contact timetable as it stands (404 for a young person the caller may not see). */
    @Transactional
    public ContactTimetableResponse view(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        Optional<Timetable> found = timetables.findByIdOptional(youngPersonId).filter(Timetable::running);
        if (found.isEmpty()) {
            return new ContactTimetableResponse(youngPersonId, false, null, null, null, null, false, null, null, null, null);
        }
        Timetable timetable = found.get();
        boolean overdue = timetable.dueOn != null && clock.today().isAfter(timetable.dueOn);
        return new ContactTimetableResponse(youngPersonId, true, timetable.dueOn, timetable.dueKind,
                timetable.dueKind == null ? null : timetable.dueKind.words(), timetable.dueRule, overdue, timetable.lastMatchingOn(),
                timetable.closedByHandOn, timetable.closedByHandBy, timetable.closedByHandReason);
    }

    /** Whether the keeping-in-touch duty behind a running timetable has ended (for the nightly scan, which then stops it). */
    boolean dutyEnded(Timetable timetable) {
        return !rule.dutyApplies(facts(timetable));
    }

    /** Tells a running timetable its circumstances changed: it works out its next contact afresh, or ends with the duty. */
    void circumstancesChanged(String processInstanceId) {
        processes.correlateIfWaiting(ContactTimetableProcess.MSG_CIRCUMSTANCES_CHANGED, processInstanceId);
    }

    private TimetableFacts facts(Timetable timetable) {
        YoungPersonFacts person = youngPeople.facts(timetable.youngPersonId);
        Optional<AccommodationResponse> home = records.latestAccommodation(timetable.youngPersonId);
        boolean adviser = allocations.allocatedUsername(timetable.youngPersonId, AllocationKind.PERSONAL_ADVISER).isPresent();
        return new TimetableFacts(clock.today(), person.status(), person.keyDates().twentyFirst(), adviser,
                home.map(AccommodationResponse::category), home.map(AccommodationResponse::startDate), Optional.ofNullable(timetable.lastVisitOn),
                Optional.ofNullable(timetable.lastContactOn), timetable.startedOn, Optional.ofNullable(timetable.closedByHandOn));
    }
}
