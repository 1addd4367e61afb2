package app.waypoint.audit;

/** Who made an audited request: a member of staff, or the young person reading their own record. */
enum AuditActor {
    STAFF,
    YOUNG_PERSON
}
