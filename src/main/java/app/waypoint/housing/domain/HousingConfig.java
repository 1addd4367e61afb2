package app.waypoint.housing.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The housing numbers a council tunes: {@code waypoint.housing.*}. Neither is statutory; the duty to refer says "as soon as possible". */
@ConfigMapping(prefix = "waypoint.housing")
public interface HousingConfig {

    /** [L] the referral to the housing authority is made within this many working days of the risk being identified. */
    @WithDefault("2")
    int referWorkingDays();

    /** [L] the housing authority's outcome is chased and recorded within this many working days of the referral. */
    @WithDefault("10")
    int outcomeWorkingDays();
}
