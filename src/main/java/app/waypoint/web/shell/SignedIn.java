package app.waypoint.web.shell;

import app.waypoint.notifications.NotificationService;
import app.waypoint.people.imports.Ssda903Import;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.CurrentCaller;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** The person signed in to the pages, as the layout shows them: name, whether they manage a team, unread notifications. */
@RequestScoped
@Named("signedIn")
public class SignedIn {

    private final SecurityIdentity identity;
    private final CurrentCaller caller;
    private final StaffService staff;
    private final NotificationService notifications;

    SignedIn(SecurityIdentity identity, CurrentCaller caller, StaffService staff, NotificationService notifications) {
        this.identity = identity;
        this.caller = caller;
        this.staff = staff;
        this.notifications = notifications;
    }

    /** Signed in, as staff or not: they can sign out. */
    public boolean isSignedIn() {
        return !identity.isAnonymous();
    }

    /** Signed in as a member of staff (someone the council's provider signed in but Waypoint does not know has no role). */
    public boolean isPresent() {
        return !identity.isAnonymous() && !identity.getRoles().isEmpty();
    }

    public String getName() {
        return staff.byUsername(caller.get().username()).map(StaffResponse::displayName).orElse(caller.get().username());
    }

    public boolean isManager() {
        return caller.get().is(StaffRole.MANAGER) && caller.get().teamId() != null;
    }

    /** A manager (of a team, or above teams) or an administrator: the header links the service view. */
    public boolean isServiceViewer() {
        return caller.get().is(StaffRole.MANAGER) || caller.get().is(StaffRole.ADMIN);
    }

    /** An administrator, or a manager of a team, as the import feature says: the header links Import from SSDA903. */
    public boolean isImporter() {
        return Ssda903Import.mayImport(caller.get());
    }

    /** An administrator by their staff record: the header links the audit. */
    public boolean isAdmin() {
        return caller.get().is(StaffRole.ADMIN);
    }

    public long getUnread() {
        return notifications.unreadCount(caller.get()).unread();
    }

    public Caller caller() {
        return caller.get();
    }
}
