package app.waypoint.disputes.domain.records;

/** What the council has failed to do (IRO Handbook triggers, plus the usual local ones; domain notes §3). */
public enum DisputeIssueType {
    PLAN_NEEDS_NOT_MET, REVIEW_NOT_ON_TIME, REVIEW_DECISIONS_NOT_CARRIED_OUT, DUTIES_NOT_MET, DRIFT_AND_DELAY, NO_ALLOCATED_WORKER,
    POOR_PARTICIPATION, OTHER
}
