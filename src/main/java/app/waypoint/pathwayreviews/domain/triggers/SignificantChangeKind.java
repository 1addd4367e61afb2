package app.waypoint.pathwayreviews.domain.triggers;

/** The significant changes of domain notes §2b that call for a review. */
public enum SignificantChangeKind {
    MOVE, CUSTODY, PARENTHOOD, LOSS_OF_EET, MISSING, EXPLOITATION_RISK, STAYING_PUT_CHANGE, HOUSE_PROJECT_MOVE
}
