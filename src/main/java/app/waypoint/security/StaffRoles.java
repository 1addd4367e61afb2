package app.waypoint.security;

import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffService;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a signed-in person may do comes from Waypoint's staff record alone. A bearer token, the council's provider or the
 * session cookie only says who someone is: whatever roles or groups it carries are dropped, and the one role is that of the
 * active staff record with the identity's username, read afresh on each request. Someone who is not staff, or whose record
 * is disabled, keeps their name but no role, so every /api endpoint answers them 403 (and every page, through CurrentCaller).
 * The record read is kept in the identity ({@link Caller#IDENTITY_ATTRIBUTE}), so that the request reads it once, not again
 * to know who the caller is.
 */
@ApplicationScoped
class StaffRoles implements SecurityIdentityAugmentor {

    private final StaffService staff;

    StaffRoles(StaffService staff) {
        this.staff = staff;
    }

    /** Last of all augmentors, so that no role another one adds survives. */
    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !StaffTenant.is(identity)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> withStaffRole(identity));
    }

    private SecurityIdentity withStaffRole(SecurityIdentity identity) {
        // credentials and attributes stay, so that the provider's session can be refreshed and signed out of
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes());
        staff.callerFor(identity.getPrincipal().getName())
                .ifPresent(caller -> builder.addRole(caller.role().roleName()).addAttribute(Caller.IDENTITY_ATTRIBUTE, caller));
        return builder.build();
    }
}
