package app.waypoint.people.contacts;

import app.waypoint.people.staff.StaffRole;
import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
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

    ContactService(ContactRepository contacts, VisibilityService visibility, WaypointClock clock, Event<ContactRecorded> recorded) {
        this.contacts = contacts;
        this.visibility = visibility;
        this.clock = clock;
        this.recorded = recorded;
    }

    /** A contact, made or attempted, is recorded by whoever acts on the young person's record, except their IRO (403). */
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
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        ContactOutcome outcome = request.outcome() == null ? ContactOutcome.MADE : request.outcome();
        Contact contact = new Contact(youngPersonId, request.contactOn(), request.kind(), outcome, note, caller.username(), clock.now());
        contacts.persist(contact);
        recorded.fire(new ContactRecorded(youngPersonId, contact.contactOn, contact.kind, contact.outcome, caller.username()));
        Log.debugf("Contact %s with young person %s recorded by %s", contact.id, youngPersonId, caller.username());
        return toResponse(contact);
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
        return contacts.ofYoungPerson(youngPersonId).stream().map(ContactService::toResponse).toList();
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

    private static ContactResponse toResponse(Contact contact) {
        return new ContactResponse(contact.id, contact.youngPersonId, contact.contactOn, contact.kind, contact.note, contact.recordedBy,
                contact.recordedAt, contact.outcome);
    }
}
