package app.waypoint.web.shell;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The web pages: how people sign in, and what "due soon" means on their list. */
@ConfigMapping(prefix = "waypoint.web")
public interface WebConfig {

    /**
     * Whether staff may sign in to the pages with a username and the shared demo password. On only in the local demo (the
     * Quarkus profile `local`) and in tests; in production it stays off and nobody can sign in with a password.
     */
    @WithDefault("false")
    boolean demoSignIn();

    /** The password every member of staff signs in with while {@link #demoSignIn()} is on. */
    @WithDefault("waypoint")
    String demoPassword();

    /**
     * The claim of the council's OpenID Connect provider's ID token that holds the staff username (when that sign-in is
     * configured, see README); someone whose claim names no member of staff is refused every page.
     */
    @WithDefault("preferred_username")
    String oidcUsernameClaim();

    /**
     * A page session nobody used for this long ends on the server (ServerSessions): the person signs in again, whatever
     * cookies they kept.
     */
    @WithDefault("PT30M")
    Duration sessionIdleTimeout();

    /** A task due within this many working days (and not overdue) is listed as due soon. */
    @WithDefault("5")
    int dueSoonWorkingDays();
}
