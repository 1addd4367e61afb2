package app.waypoint.people.allocations;

/** The relationships through which staff reach a young person. */
public enum AllocationKind {
    SOCIAL_WORKER, PERSONAL_ADVISER, IRO
}
