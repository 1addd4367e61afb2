package app.waypoint.web.signin;

import app.waypoint.web.shell.WebConfig;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing in and out of the pages. The form posts to Quarkus form authentication ({@code /j_security_check}), which sets
 * the encrypted session cookie; signing out ends the session on the server too (ServerSessions), so a copy of the cookies
 * no longer works; /api keeps taking bearer tokens only. With the council's OpenID Connect provider configured
 * the pages sign in there instead, and quarkus-oidc answers {@code /sign-out} itself (ProviderSignIn).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
class SignInPage {

    private final WebConfig config;
    private final ServerSessions sessions;
    private final boolean providerSignIn;

    SignInPage(WebConfig config, ServerSessions sessions,
               @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean providerSignIn) {
        this.config = config;
        this.sessions = sessions;
        this.providerSignIn = providerSignIn;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(boolean failed, boolean signedOut, boolean demo, String demoPassword, boolean provider);
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create("/tasks")).build();
    }

    @GET
    @Path("sign-in")
    public TemplateInstance signIn(@QueryParam("failed") @DefaultValue("false") boolean failed,
                                   @QueryParam("signedOut") @DefaultValue("false") boolean signedOut) {
        return Templates.signIn(failed, signedOut, config.demoSignIn(), config.demoPassword(), providerSignIn);
    }

    @POST
    @Path("sign-out")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOut(RoutingContext routing) {
        sessions.end(routing);
        FormAuthenticationMechanism.logout(routing);
        return Response.seeOther(URI.create("/sign-in?signedOut=true")).build();
    }
}
