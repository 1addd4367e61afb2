package app.waypoint.people;

import app.waypoint.shared.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** Resolves the bearer token's user to a member of staff; a valid token for someone who is not staff is refused. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final StaffService staff;
    private Caller caller;

    CurrentCaller(SecurityIdentity identity, StaffService staff) {
        this.identity = identity;
        this.staff = staff;
    }

    public Caller get() {
        if (caller == null) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            caller = staff.callerFor(identity.getPrincipal().getName())
                    .orElseThrow(() -> new ForbiddenException("You are signed in, but not as a member of staff known to Waypoint."));
        }
        return caller;
    }
}
