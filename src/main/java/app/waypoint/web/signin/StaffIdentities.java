package app.waypoint.web.signin;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffService;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A signed-in person as the security layer knows them: the staff username as principal and the staff role as the one
 * role, as security.StaffRoles gives a bearer token's {@code upn}, so CurrentCaller and @RolesAllowed work the same.
 */
@ApplicationScoped
class StaffIdentities {

    private final StaffService staff;

    StaffIdentities(StaffService staff) {
        this.staff = staff;
    }

    Optional<SecurityIdentity> of(String username) {
        return staff.callerFor(username).map(StaffIdentities::identity);
    }

    private static SecurityIdentity identity(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.username()))
                .addRole(caller.role().roleName())
                .build();
    }
}
