package app.waypoint.web;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Sign-in through the council's OpenID Connect provider (production, see README): the provider's person is named by the ID
 * token's {@code preferred_username} ({@link WebConfig#oidcUsernameClaim()}), which must be a staff username. This only
 * says who they are; their role comes from the staff record (security.StaffRoles, which runs after this), and roles the
 * provider asserts count for nothing. Only the provider's identities are touched: bearer tokens on /api and the form
 * sign-in have no ID token.
 */
@ApplicationScoped
class ProviderSignIn implements SecurityIdentityAugmentor {

    private final WebConfig config;

    ProviderSignIn(WebConfig config) {
        this.config = config;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getCredential(IdTokenCredential.class) == null) {
            return Uni.createFrom().item(identity);
        }
        // the provider's tokens and attributes stay, so that its session can be refreshed and signed out of
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username(identity)))
                .addCredentials(identity.getCredentials()).addAttributes(identity.getAttributes()).build());
    }

    private String username(SecurityIdentity identity) {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(config.oidcUsernameClaim()) : null;
        String username = claim instanceof JsonString json ? json.getString() : claim == null ? "" : claim.toString();
        return username.trim();
    }
}
