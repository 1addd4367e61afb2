package app.waypoint.local;

import app.waypoint.WaypointMain;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;

/**
 * Starts the local demo, the main class of the build with the Maven profile {@code local} (README, "Run it"): an embedded
 * PostgreSQL whose data is kept in {@code WAYPOINT_DATA_DIR} (default {@code .waypoint-data}), tokens signed with a local
 * key, and the Quarkus profile {@code local} (the demo council, the demo sign-in, the mock mailbox; application.properties).
 * The production build has neither this class nor the embedded PostgreSQL.
 */
@QuarkusMain(name = "local")
public final class LocalMain {

    private LocalMain() {
    }

    public static void main(String... args) {
        String folder = System.getProperty("waypoint.data-dir", System.getenv().getOrDefault("WAYPOINT_DATA_DIR", ".waypoint-data"));
        LocalEnvironment local = LocalEnvironment.start(Path.of(folder), true, false);
        // Quarkus ends the JVM on SIGTERM or Ctrl-C; stop PostgreSQL cleanly then too, so its data stays usable
        Runtime.getRuntime().addShutdownHook(new Thread(local::close, "local-postgres-shutdown"));
        local.properties().forEach(System::setProperty);
        System.setProperty("quarkus.profile", "local");
        WaypointMain.start(args);
    }
}
