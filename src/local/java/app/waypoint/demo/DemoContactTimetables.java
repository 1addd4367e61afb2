package app.waypoint.demo;

import app.waypoint.contacttimetable.domain.ContactTimetableScan;
import app.waypoint.shared.ScanPasses;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo council's care leavers get their contact timetables at start-up, as the nightly scan would give them (so that their
 * files show the next contact due at once). Idempotent: a restart starts none twice. Runs after the demo council is loaded.
 */
@ApplicationScoped
class DemoContactTimetables {

    private final ContactTimetableScan scan;
    private final boolean enabled;

    DemoContactTimetables(ContactTimetableScan scan, @ConfigProperty(name = "waypoint.demo.enabled") boolean enabled) {
        this.scan = scan;
        this.enabled = enabled;
    }

    void start(@Observes @Priority(3100) StartupEvent startup) {
        if (enabled) {
            ScanPasses.untilDone(scan::pass);
        }
    }
}
