package app.waypoint.disputes.domain.resolution;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** IRO disputes (domain notes §3): {@code waypoint.disputes.*}. Periods are in working days. */
@ConfigMapping(prefix = "waypoint.disputes")
public interface DisputeConfig {

    /** Working days a respondent has to answer, at every formal stage without its own setting. */
    @WithDefault("5")
    int responseWorkingDays();

    /** Per formal stage ({@code team-manager}, {@code service-manager}, {@code head-of-service}, {@code dcs}): its response time. */
    Map<String, Integer> stageResponseWorkingDays();

    /** Working days from the start of the first formal stage after which the formal process has reached its limit (IRO Handbook 6.2). */
    @WithDefault("20")
    int formalLimitWorkingDays();

    /** Working days the IRO has to judge a response, or to decide on a Cafcass referral once the limit is reached. */
    @WithDefault("5")
    int iroWorkingDays();
}
