package app.waypoint.supervision.domain.frequency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * Supervision policy (domain notes §2c): {@code waypoint.supervision.*}. Newly qualified workers follow the national
 * pattern (weekly, fortnightly, then the standard); everyone else the standard: calendar-monthly unless a number of weeks
 * is set, for everyone or per team.
 */
@ConfigMapping(prefix = "waypoint.supervision")
public interface SupervisionConfig {

    /** Weeks between sessions for workers who are not newly qualified (e.g. 4); empty for calendar-monthly. */
    Optional<Integer> standardIntervalWeeks();

    /** Per team, keyed by team id: weeks between standard sessions, overriding {@link #standardIntervalWeeks()}. */
    Map<String, Integer> teamIntervalWeeks();

    /** Working days after a session within which both should sign it off; later signatures are recorded as late. */
    @WithDefault("5")
    int signOffWorkingDays();
}
