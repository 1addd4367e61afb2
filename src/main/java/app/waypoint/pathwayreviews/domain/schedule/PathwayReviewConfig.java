package app.waypoint.pathwayreviews.domain.schedule;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When pathway reviews fall due (domain notes §2b): {@code waypoint.pathway-reviews.*}. */
@ConfigMapping(prefix = "waypoint.pathway-reviews")
public interface PathwayReviewConfig {

    /** [L] a review is held within this many working days of a significant change. */
    @WithDefault("28")
    int significantChangeWorkingDays();

    /** A review requested by the young person or their adviser is due within this many working days. */
    @WithDefault("28")
    int requestWorkingDays();

    /** [L] invitations go out about this many working days before the review. */
    @WithDefault("10")
    int inviteWorkingDays();

    /** [L] the manager signs the plan off within this many working days of the review. */
    @WithDefault("5")
    int signOffWorkingDays();

    /** [L] the chair shares the review record (the IRO's minutes) within this many working days of the review (Trafford 2018). */
    @WithDefault("10")
    int shareRecordWorkingDays();

    /** [S] no plan goes longer than this many months without a review. */
    @WithDefault("6")
    int maximumMonthsBetweenReviews();

    /** [S] an eligible child's first looked-after review is held within this many working days of coming into care (reg 33). */
    @WithDefault("20")
    int firstLookedAfterReviewWorkingDays();

    /** [S] and the second within this many months of the first; then every {@link #maximumMonthsBetweenReviews()} months. */
    @WithDefault("3")
    int secondLookedAfterReviewMonths();

    /** The nightly check starts a review this many working days before the 6-month date (with time to invite). */
    @WithDefault("10")
    int sixMonthlyLeadWorkingDays();
}
