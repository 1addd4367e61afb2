package app.waypoint.pathwayreviews.domain.plan;

/** What a caller may do with a version of a pathway plan, as the plan's rules say ({@code allowedActions} of a plan). */
public enum PathwayPlanAction {
    /** Save the draft: the version is the draft, or the last signed-off version a new draft starts from. */
    SAVE_DRAFT,
    /** Sign the draft off with an oversight note (a manager of the young person's team, or an administrator). */
    SIGN_OFF,
    /** Record the date a copy of this signed-off version was given to the young person (once). */
    RECORD_COPY_GIVEN
}
