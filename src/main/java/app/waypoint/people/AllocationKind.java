package app.waypoint.people;

/** The relationships through which staff reach a young person. */
public enum AllocationKind {
    SOCIAL_WORKER, PERSONAL_ADVISER, IRO
}
