package app.waypoint.web.signin;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Each page request after sign-in: the encrypted session cookie names the username, the session must still be open on the
 * server (ServerSessions: not signed out, not idle), and the role is read afresh from the staff record, so someone who left
 * (or changed role) loses that access at once, and their sessions end.
 */
@ApplicationScoped
class SessionSignIn implements IdentityProvider<TrustedAuthenticationRequest> {

    private final StaffIdentities identities;
    private final ServerSessions sessions;

    SessionSignIn(StaffIdentities identities, ServerSessions sessions) {
        this.identities = identities;
        this.sessions = sessions;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        String username = request.getPrincipal();
        return context.runBlocking(() -> {
            if (routing == null || !sessions.live(routing, username)) {
                throw ended(routing);
            }
            return identities.of(username).orElseThrow(() -> {
                sessions.endAllOf(username);
                return ended(routing);
            });
        });
    }

    /** The session is over: FailedSignIn sends the person to the sign-in page. */
    private static AuthenticationFailedException ended(RoutingContext routing) {
        if (routing != null) {
            routing.put(FailedSignIn.SESSION_ENDED, Boolean.TRUE);
        }
        return new AuthenticationFailedException();
    }
}
