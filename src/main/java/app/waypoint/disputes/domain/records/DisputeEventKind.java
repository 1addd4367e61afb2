package app.waypoint.disputes.domain.records;

/** The kinds of step on a dispute's record. */
public enum DisputeEventKind {
    RAISED, RESPONSE, JUDGEMENT, STAGE_CHANGED, SKIPPED, OVERDUE, LIMIT_REACHED, CAFCASS, CLOSED
}
