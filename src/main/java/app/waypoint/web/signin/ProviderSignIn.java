package app.waypoint.web.signin;

import app.waypoint.security.StaffTenant;
import app.waypoint.web.shell.WebConfig;
import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.AuthenticationRedirectException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Sign-in through the council's OpenID Connect provider (production, see README): the provider's person is named by the ID
 * token's {@code preferred_username} ({@link WebConfig#oidcUsernameClaim()}), which must be a staff username. This only
 * says who they are; their role comes from the staff record (security.StaffRoles, which runs after this), and roles the
 * provider asserts count for nothing. Only the provider's identities are touched: bearer tokens on /api and the form
 * sign-in have no ID token, and young people signing in at /me/oidc (another tenant) are not staff.
 * <p>
 * The provider's session cookie is encrypted but stateless, so, as for the form sign-in, a session on the server
 * (ServerSessions) stands beside it: the provider's callback opens one for a member of staff, signing out ends it, and
 * every other request needs it open and not idle, else the person is sent to the sign-in page with the provider's cookies
 * cleared. Someone who does not resolve to a member of staff (disabled, gone) has all their sessions ended and no role, so
 * every page answers 403. This is done here rather than on quarkus-oidc's SecurityEvents because they fire after this, on
 * the event loop, where the database cannot be used; this augmentor runs on the same requests, blocking, before them.
 */
@ApplicationScoped
class ProviderSignIn implements SecurityIdentityAugmentor {

    /**
     * What quarkus-oidc puts on the request that completes the code flow at the provider's callback (its
     * OidcIdentityProvider.NEW_AUTHENTICATION, not public). Should it ever change, no sign-in opens a session and every
     * provider sign-in is refused (ProviderSignInTest fails), never the reverse.
     */
    private static final String NEW_AUTHENTICATION = "new_authentication";
    /** quarkus-oidc's session cookie and its chunks (OidcUtils.SESSION_COOKIE_NAME), and its path (the default). */
    private static final String PROVIDER_SESSION_COOKIE = "q_session";
    private static final String SIGN_IN = "/sign-in";

    private final WebConfig config;
    private final ServerSessions sessions;
    private final StaffIdentities identities;
    private final Optional<String> signOutPath;

    ProviderSignIn(WebConfig config, ServerSessions sessions, StaffIdentities identities,
                   @ConfigProperty(name = "quarkus.oidc.logout.path") Optional<String> signOutPath) {
        this.config = config;
        this.sessions = sessions;
        this.identities = identities;
        this.signOutPath = signOutPath;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null || !StaffTenant.is(identity)) {
            return Uni.createFrom().item(identity);
        }
        String username = username(identity);
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(identity);
        if (routing == null) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return context.runBlocking(() -> {
            checkServerSession(username, routing);
            // the provider's tokens and attributes stay, so that its session can be refreshed and signed out of
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username))
                    .addCredentials(identity.getCredentials()).addAttributes(identity.getAttributes()).build();
        });
    }

    private void checkServerSession(String username, RoutingContext routing) {
        boolean staff = identities.of(username).isPresent();
        if (Boolean.TRUE.equals(routing.get(NEW_AUTHENTICATION))) {
            if (staff) {
                sessions.open(username, routing);
            }
        } else if (!staff) {
            sessions.endAllOf(username);
        } else if (signOutPath.filter(routing.request().path()::equals).isPresent()) {
            sessions.end(routing);
        } else if (!sessions.live(routing, username)) {
            throw ended(routing);
        }
    }

    /** The server session is over: to the sign-in page, without the provider's session cookies (or they would loop here). */
    private static AuthenticationRedirectException ended(RoutingContext routing) {
        routing.request().cookies().stream().map(Cookie::getName).filter(name -> name.startsWith(PROVIDER_SESSION_COOKIE)).distinct()
                .forEach(name -> clear(routing, name));
        clear(routing, ServerSessions.COOKIE);
        return new AuthenticationRedirectException(SIGN_IN);
    }

    private static void clear(RoutingContext routing, String cookie) {
        routing.response().addCookie(Cookie.cookie(cookie, "").setPath("/").setMaxAge(0).setSecure(routing.request().isSSL()));
    }

    private String username(SecurityIdentity identity) {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(config.oidcUsernameClaim()) : null;
        String username = claim instanceof JsonString json ? json.getString() : claim == null ? "" : claim.toString();
        return username.trim();
    }
}
