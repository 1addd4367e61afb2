package app.waypoint.web;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each page request after sign-in: the encrypted session cookie names the username, and the role is read afresh from the
 * staff record, so someone who left (or changed role) loses that access at once.
 */
@ApplicationScoped
class SessionSignIn implements IdentityProvider<TrustedAuthenticationRequest> {

    private final StaffIdentities identities;

    SessionSignIn(StaffIdentities identities) {
        this.identities = identities;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> identities.of(request.getPrincipal()).orElseThrow(AuthenticationFailedException::new));
    }
}
