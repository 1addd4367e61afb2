package app.waypoint.youngpersonview.domain.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Young people signing in at the council's OpenID Connect provider (quarkus-oidc's tenant {@code young-person}, README "The
 * young person's view"): off unless the council has one for them.
 */
@ConfigMapping(prefix = "waypoint.young-person-view.oidc")
public interface ProviderSignInConfig {

    /** The tenant of quarkus-oidc ({@code quarkus.oidc.young-person.*}) that young people sign in with. */
    String TENANT = "young-person";

    /** Whether /me/sign-in offers the provider (it also switches the tenant on). */
    @WithDefault("false")
    boolean enabled();

    /** The provider's name as young people know it: the button says "Sign in with" it. */
    @WithDefault("your council account")
    String accountName();

    /**
     * Whether only a contact the provider says it verified counts ({@code email_verified}, {@code phone_number_verified}).
     * Turn off only for a provider that verifies every address it holds but does not say so in its tokens.
     */
    @WithDefault("true")
    boolean verifiedContactsOnly();
}
