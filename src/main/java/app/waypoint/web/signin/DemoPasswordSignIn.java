package app.waypoint.web.signin;

import app.waypoint.web.shell.WebConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The sign-in form (Quarkus form authentication posts it to {@code /j_security_check}): in the local demo and in tests,
 * any member of staff with the demo password. The form carries the same CSRF token as every other form. A sign-in opens a
 * session on the server (ServerSessions).
 */
@ApplicationScoped
class DemoPasswordSignIn implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final StaffIdentities identities;
    private final WebConfig config;
    private final ServerSessions sessions;

    DemoPasswordSignIn(StaffIdentities identities, WebConfig config, ServerSessions sessions) {
        this.identities = identities;
        this.config = config;
        this.sessions = sessions;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        if (!config.demoSignIn() || !SignInCsrf.matches(routing)) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        byte[] given = new String(request.getPassword().getPassword()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, config.demoPassword().getBytes(StandardCharsets.UTF_8))) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        String username = request.getUsername().trim();
        return context.runBlocking(() -> {
            SecurityIdentity identity = identities.of(username).orElseThrow(AuthenticationFailedException::new);
            sessions.open(username, routing);
            return identity;
        });
    }
}
