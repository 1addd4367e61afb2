package app.waypoint.people.staff;

import app.waypoint.audit.AuditService;
import app.waypoint.shared.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Resolves the bearer token's (or session's) user to a member of staff; a valid token for someone who is not staff is refused.
 * The member of staff found is who the request's audit entries name. The staff record is the one read when the request was
 * authenticated (security.StaffRoles), read here only for an identity that did not go through it.
 */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;
    private final StaffService staff;
    private final AuditService audit;
    private Caller caller;

    CurrentCaller(SecurityIdentity identity, StaffService staff, AuditService audit) {
        this.identity = identity;
        this.staff = staff;
        this.audit = audit;
    }

    public Caller get() {
        if (caller == null) {
            if (identity.isAnonymous()) {
                throw new UnauthorizedException();
            }
            Caller authenticated = identity.getAttribute(Caller.IDENTITY_ATTRIBUTE);
            caller = Optional.ofNullable(authenticated).or(() -> staff.callerFor(identity.getPrincipal().getName()))
                    .orElseThrow(() -> new ForbiddenException("You are signed in, but not as a member of staff known to Waypoint."));
            audit.identify(caller.staffId(), caller.username());
        }
        return caller;
    }
}
