package app.waypoint.security;

import io.quarkus.oidc.runtime.OidcUtils;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Staff sign in at the council's provider through quarkus-oidc's default tenant; another tenant (young people's, at
 * /me/oidc) signs in people who are never staff, whatever their names, so no staff role or page session comes of it.
 */
public final class StaffTenant {

    private StaffTenant() {
    }

    /** Whether the identity is not from a named quarkus-oidc tenant (bearer tokens, the form, the default tenant). */
    public static boolean is(SecurityIdentity identity) {
        Object tenant = identity.getAttribute(OidcUtils.TENANT_ID_ATTRIBUTE);
        return tenant == null || OidcUtils.DEFAULT_TENANT_ID.equals(tenant);
    }
}
