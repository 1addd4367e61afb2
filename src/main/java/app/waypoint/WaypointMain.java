package app.waypoint;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.local.LocalEnvironment;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.TimeZone;

/**
 * Starts Waypoint. With no database URL configured ({@code QUARKUS_DATASOURCE_JDBC_URL}) it runs the local demo: an
 * embedded PostgreSQL whose data is kept in {@code WAYPOINT_DATA_DIR} (default {@code .waypoint-data}), demo tokens
 * signed with a local key, and the demo council. With a URL configured, it uses that database and nothing local.
 */
@QuarkusMain
public final class WaypointMain {

    private WaypointMain() {
    }

    public static void main(String... args) {
        // cron timers (the nightly scan at 01:00) are read in the default time zone: England's, whatever the server's
        TimeZone.setDefault(TimeZone.getTimeZone(WaypointClock.ZONE));
        if (LocalEnvironment.externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        String folder = System.getProperty("waypoint.data-dir", System.getenv().getOrDefault("WAYPOINT_DATA_DIR", ".waypoint-data"));
        LocalEnvironment local = LocalEnvironment.start(Path.of(folder), true, false);
        // Quarkus ends the JVM on SIGTERM or Ctrl-C; stop PostgreSQL cleanly then too, so its data stays usable
        Runtime.getRuntime().addShutdownHook(new Thread(local::close, "local-postgres-shutdown"));
        local.properties().forEach(System::setProperty);
        System.setProperty("waypoint.demo.enabled", "true");
        // the pages' sign-in takes every demo user with the demo password (README)
        System.setProperty("waypoint.web.demo-sign-in", "true");
        // no SMTP server locally: e-mails go to the mock mailbox (and the log)
        System.setProperty("quarkus.mailer.mock", "true");
        Quarkus.run(args);
    }
}
