package app.waypoint.youngpersonview.domain.access;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.shared.ForbiddenException;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.youngpersonview.domain.senders.ConfiguredMessenger;
import app.waypoint.youngpersonview.domain.senders.ContactKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who may give a young person their own Waypoint, and take it away: anyone who acts on their record invites them (with the
 * e-mail or mobile their codes go to; a new invitation replaces the old), their team's manager revokes it, which ends their
 * sessions at once.
 */
@ApplicationScoped
public class YoungPersonAccessService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern MOBILE = Pattern.compile("07\\d{9}");

    private final YoungPersonAccessRepository accesses;
    private final YoungPersonSessionRepository sessions;
    private final VisibilityService visibility;
    private final ConfiguredMessenger sender;
    private final WaypointClock clock;

    YoungPersonAccessService(YoungPersonAccessRepository accesses, YoungPersonSessionRepository sessions, VisibilityService visibility,
                             ConfiguredMessenger sender, WaypointClock clock) {
        this.accesses = accesses;
        this.sessions = sessions;
        this.visibility = visibility;
        this.sender = sender;
        this.clock = clock;
    }

    /** The young person's access as the caller sees it; 404 unless the caller may see them. */
    @Transactional
    public AccessSummary access(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        boolean acts = mayInvite(youngPersonId, caller);
        Optional<YoungPersonAccess> live = accesses.liveFor(youngPersonId);
        return new AccessSummary(live.isPresent(), live.map(a -> a.contact).orElse(null), live.map(a -> a.invitedBy).orElse(null),
                live.map(a -> a.invitedAt).orElse(null), acts, acts && caller.is(StaffRole.MANAGER) && live.isPresent());
    }

    /** Whether the caller may invite the young person to their own Waypoint (those who act on the record). */
    public boolean mayInvite(UUID youngPersonId, Caller caller) {
        return visibility.canAct(youngPersonId, caller);
    }

    /** Invites the young person with the e-mail address or UK mobile number their sign-in codes go to. */
    @Transactional
    public AccessSummary invite(UUID youngPersonId, String contact, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        String normalised = ContactKind.normalise(contact == null ? "" : contact);
        if (!EMAIL.matcher(normalised).matches() && !MOBILE.matcher(normalised).matches()) {
            throw InvalidInputException.of("contact", "Enter an e-mail address, like name@example.com, or a UK mobile number, like 07700 900123");
        }
        if (!sender.get().reaches(ContactKind.of(normalised))) {
            throw InvalidInputException.of("contact", "Codes are sent by e-mail here: enter their e-mail address");
        }
        accesses.liveByContact(normalised).filter(other -> !other.youngPersonId.equals(youngPersonId)).ifPresent(other -> {
            throw InvalidInputException.of("contact", "Another young person is already invited with this e-mail address or mobile number");
        });
        accesses.liveFor(youngPersonId).ifPresent(old -> end(old, caller.username()));
        accesses.flush();
        accesses.persist(new YoungPersonAccess(youngPersonId, normalised, caller.username(), clock.now()));
        return access(youngPersonId, caller);
    }

    /** Takes the young person's access away (their team's manager only) and ends every session of theirs. */
    @Transactional
    public AccessSummary revoke(UUID youngPersonId, Caller caller) {
        visibility.requireCanAct(youngPersonId, caller);
        if (!caller.is(StaffRole.MANAGER)) {
            throw new ForbiddenException("Only a manager of the young person's team can take their access away.");
        }
        accesses.liveFor(youngPersonId).ifPresent(access -> end(access, caller.username()));
        return access(youngPersonId, caller);
    }

    private void end(YoungPersonAccess access, String by) {
        access.revoke(by, clock.now());
        sessions.endAllOf(access.id, clock.now());
    }
}
