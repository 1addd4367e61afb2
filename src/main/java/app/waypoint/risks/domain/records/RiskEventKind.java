package app.waypoint.risks.domain.records;

/** One step on a concern's record. */
public enum RiskEventKind {
    RAISED, ACCEPTED, NOT_ACCEPTED, PLAN_ACTION, ACTION_DONE, ACTION_ENDED, REVIEWED, CLOSED
}
