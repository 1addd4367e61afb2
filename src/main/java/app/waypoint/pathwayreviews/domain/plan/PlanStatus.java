package app.waypoint.pathwayreviews.domain.plan;

/** A plan version is a draft until a manager signs it off; then it is history. */
public enum PlanStatus {
    DRAFT, SIGNED_OFF
}
