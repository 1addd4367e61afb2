package app.waypoint.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Period;

/** Configuration of the audit trail under {@code waypoint.audit}. */
@ConfigMapping(prefix = "waypoint.audit")
public interface AuditConfig {

    /**
     * How long an entry is kept ({@code waypoint.audit.retention}, an ISO-8601 period, default {@code P7Y}): older entries are
     * purged once a day by {@link AuditRetention}. Seven years is the shortest time a care leaver's own records are kept after the
     * case closes in most councils' retention schedules, so the audit of who read them lives as long as the records it is about
     * usually do; a council with a different schedule sets its own.
     */
    @WithDefault("P7Y")
    Period retention();

    /** When the daily purge runs on each replica ({@code waypoint.audit.purge-cron}, a Quartz-style cron, default 03:15). */
    @WithDefault("0 15 3 * * ?")
    String purgeCron();
}
