package app.waypoint.risks.domain.records;

/** What a caller may do with one concern now ({@link app.waypoint.risks.domain.flags.RiskRules#allowedActions}). */
public enum RiskAction {
    /** Record the manager's decision: an active risk with its safety plan, or not accepted. */
    DECIDE,
    /** Review the safety plan: keep the risk active with a new review date, or close it. */
    REVIEW
}
