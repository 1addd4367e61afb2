package app.waypoint.supervision;

import java.util.List;

/**
 * A session with its agenda (the worker's supervision actions still open from earlier sessions, overdue first) and the
 * young people discussed, each with the decision and actions agreed.
 */
public record SessionResponse(SessionSummary session, List<SupervisionActionResponse> agenda, List<OversightEntryResponse> discussions) {
}
