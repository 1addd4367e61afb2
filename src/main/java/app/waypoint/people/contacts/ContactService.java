package app.waypoint.people.contacts;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Contacts with young people: recorded by whoever may see them; the last one feeds the no-contact alerts of supervision. */
@ApplicationScoped
public class ContactService {

    private final ContactRepository contacts;
    private final VisibilityService visibility;
    private final WaypointClock clock;
    private final Event<ContactRecorded> recorded;
    private final WorkingCalendar calendar;
    private final LateRecordingConfig late;

    ContactService(ContactRepository contacts, VisibilityService visibility, WaypointClock clock, Event<ContactRecorded> recorded,
                   WorkingCalendar calendar, LateRecordingConfig late) {
        this.contacts = contacts;
        this.visibility = visibility;
        this.clock = clock;
        this.recorded = recorded;
        this.calendar = calendar;
        this.late = late;
    }

    /**
     * A contact, made or attempted, is recorded by whoever acts on the young person's record, except their IRO (403). Recorded
     * more than the council's threshold of working days after the day, it needs a reason (422 on {@code lateReason}).
     */
    @Transactional
    public ContactResponse record(UUID youngPersonId, RecordContactRequest request, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (caller.is(StaffRole.IRO)) {
            throw new ForbiddenException("The young person's IRO does not record contacts; their worker or a manager does.");
        }
        if (request.contactOn().isAfter(clock.today())) {
            throw new RuleViolationException("contact-in-future", "A contact is recorded once it has happened.",
                    List.of(new FieldError("contactOn", "must not be in the future")));
        }
        int after = calendar.workingDaysBetween(request.contactOn(), clock.today());
        String lateReason = text(request.lateReason());
        if (isLate(after) && lateReason == null) {
            throw new RuleViolationException("late-recording-reason", "This contact is recorded " + after + " working days after it "
                    + "happened, more than the " + late.workingDays() + " allowed: say why it is recorded late.",
                    List.of(new FieldError("lateReason", "must be given for a contact recorded more than " + late.workingDays()
                            + " working days after it happened")));
        }
        ContactOutcome outcome = request.outcome() == null ? ContactOutcome.MADE : request.outcome();
        Contact contact = new Contact(youngPersonId, request.contactOn(), request.kind(), outcome, text(request.note()), caller.username(),
                clock.now(), after, lateReason);
        contacts.persist(contact);
        recorded.fire(new ContactRecorded(youngPersonId, contact.contactOn, contact.kind, contact.outcome, caller.username()));
        Log.debugf("Contact %s with young person %s recorded by %s", contact.id, youngPersonId, caller.username());
        return toResponse(contact);
    }

    /** The threshold: a contact recorded more than this many working days after it happened is late and needs a reason. */
    public int lateRecordingWorkingDays() {
        return late.workingDays();
    }

    /** Whether the caller may record a contact with the young person (the rule {@link #record} applies). */
    @Transactional
    public boolean mayRecord(UUID youngPersonId, Caller caller) {
        return !caller.is(StaffRole.IRO) && visibility.canAct(youngPersonId, caller);
    }

    /** The young person's contacts, latest first. */
    @Transactional
    public List<ContactResponse> list(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return contacts.ofYoungPerson(youngPersonId).stream().map(this::toResponse).toList();
    }

    /** The day of each young person's last recorded contact; those with none are left out (no visibility check: for features). */
    @Transactional
    public Map<UUID, LocalDate> lastContactOn(Collection<UUID> youngPeople) {
        return contacts.lastContactOn(youngPeople);
    }

    /** What the in-touch rule needs of the young person's contacts (no visibility check: for features). */
    @Transactional
    public ContactHistory history(UUID youngPersonId) {
        return contacts.history(youngPersonId);
    }

    private boolean isLate(int workingDaysAfter) {
        return workingDaysAfter > late.workingDays();
    }

    private ContactResponse toResponse(Contact contact) {
        return new ContactResponse(contact.id, contact.youngPersonId, contact.contactOn, contact.kind, contact.note, contact.recordedBy,
                contact.recordedAt, contact.outcome, contact.recordedAfterWorkingDays, isLate(contact.recordedAfterWorkingDays),
                contact.lateReason);
    }

    private static String text(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
