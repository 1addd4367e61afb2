package app.waypoint.people.contacts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a contact counts as recorded late: {@code waypoint.contacts.late-recording.*}. */
@ConfigMapping(prefix = "waypoint.contacts.late-recording")
public interface LateRecordingConfig {

    /**
     * [L] a contact is recorded within this many working days of the day it happened (no statute sets a number; councils'
     * recording standards ask for days, not weeks, and working days keep a Friday visit written up on Tuesday on time).
     * Recorded later, it needs a reason and counts as late in the report.
     */
    @WithDefault("2")
    int workingDays();
}
