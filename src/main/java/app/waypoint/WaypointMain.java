package app.waypoint;

import app.waypoint.calendar.WaypointClock;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.TimeZone;

/**
 * Starts Waypoint in production: on the database named by {@code QUARKUS_DATASOURCE_JDBC_URL}, and nothing else. Without
 * one it refuses to start (fail closed): the local demo, with its embedded PostgreSQL and demo sign-in, is a separate
 * build (the Maven profile {@code local}, see README) and is not in this artefact.
 */
@QuarkusMain
public final class WaypointMain {

    /** What a start without a database prints before it exits with {@link #NO_DATABASE_EXIT}. */
    public static final String NO_DATABASE = """
            Waypoint did not start: no database configured.
              Set QUARKUS_DATASOURCE_JDBC_URL (with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD) to your PostgreSQL,
              or run the local demo (embedded PostgreSQL, demo council and demo sign-in) with:
                mvn -Plocal -DskipTests package quarkus:run""";
    static final int NO_DATABASE_EXIT = 2;

    private WaypointMain() {
    }

    public static void main(String... args) {
        if (!databaseConfigured()) {
            System.err.println(NO_DATABASE);
            System.exit(NO_DATABASE_EXIT);
        }
        start(args);
    }

    /** Starts Quarkus on England's clock: cron timers (the nightly scan at 01:00) are read in the default time zone. */
    public static void start(String... args) {
        TimeZone.setDefault(TimeZone.getTimeZone(WaypointClock.ZONE));
        Quarkus.run(args);
    }

    /** Whether a database URL is configured (system property or environment variable). */
    public static boolean databaseConfigured() {
        String url = System.getProperty("quarkus.datasource.jdbc.url", System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        return url != null && !url.isBlank();
    }
}
