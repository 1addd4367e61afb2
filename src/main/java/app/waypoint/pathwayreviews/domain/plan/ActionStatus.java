package app.waypoint.pathwayreviews.domain.plan;

/** An action in a pathway plan is open until it is done. */
public enum ActionStatus {
    OPEN, DONE
}
