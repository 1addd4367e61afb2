package app.waypoint.web.me;

import app.waypoint.youngpersonview.domain.access.ProviderSignInConfig;
import app.waypoint.youngpersonview.domain.access.VouchedIdentity;
import app.waypoint.youngpersonview.domain.access.YoungPersonSignIn;
import app.waypoint.youngpersonview.domain.settings.YoungPersonViewConfig;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.ext.web.RoutingContext;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A young person signs in at the council's OpenID Connect provider (README "The young person's view"): /me/oidc/* is
 * guarded by quarkus-oidc's tenant {@value ProviderSignInConfig#TENANT} (authorization code flow), so this runs once the
 * provider has sent them back. Their verified e-mail address or mobile number must be one a live invitation names; then they
 * get the same session as the code gives ({@link MePage#SESSION}) and the provider's own session is dropped. Anyone else is
 * refused as neutrally as the code path answers.
 */
@Path("/me/oidc")
@Produces(MediaType.TEXT_HTML)
class MeProviderPage {

    static final String REFUSED = "We could not sign you in with that account. Ask your worker to invite you, or get a code below.";

    private final YoungPersonSignIn signIn;
    private final ProviderSignInConfig provider;
    private final YoungPersonViewConfig config;
    private final SecurityIdentity identity;
    private final OidcSession oidcSession;

    MeProviderPage(YoungPersonSignIn signIn, ProviderSignInConfig provider, YoungPersonViewConfig config, SecurityIdentity identity,
                   OidcSession oidcSession) {
        this.signIn = signIn;
        this.provider = provider;
        this.config = config;
        this.identity = identity;
        this.oidcSession = oidcSession;
    }

    @CheckedTemplate
    static class Templates {
        /** Sends the browser on to /me from this page, so that the SameSite=Strict session cookie goes with it. */
        static native TemplateInstance signedIn();
    }

    @GET
    @Path("sign-in")
    public Response signIn(RoutingContext routing) {
        if (!provider.enabled() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Response.status(Response.Status.NOT_FOUND).build();
        }
        Optional<String> session = signIn.signInVouchedFor(new VouchedIdentity(text(token, "email"), "true".equals(text(token, "email_verified")),
                text(token, "phone_number"), "true".equals(text(token, "phone_number_verified"))));
        // the provider's session is not kept: from here on the young person has the session of their own pages alone
        oidcSession.logout().await().indefinitely();
        if (session.isEmpty()) {
            return Response.status(Response.Status.FORBIDDEN)
                    .entity(MePage.Templates.signIn(REFUSED, false, config.demoCode().orElse(null), provider.accountName())).build();
        }
        routing.response().addCookie(MePage.cookie(routing, MePage.SESSION, session.get()));
        return Response.ok(Templates.signedIn()).build();
    }

    private static String text(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        return value instanceof JsonString json ? json.getString() : value == null ? null : value.toString();
    }
}
