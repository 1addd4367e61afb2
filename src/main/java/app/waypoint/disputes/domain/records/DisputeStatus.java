package app.waypoint.disputes.domain.records;

/** A dispute is open until the IRO is satisfied, the DCS stage fails, or the formal limit of 20 working days is reached. */
public enum DisputeStatus {
    OPEN, RESOLVED, UNRESOLVED, LIMIT_REACHED
}
