package app.waypoint.supervision.domain.records;

import java.util.List;

/**
 * A session with its agenda while it is booked (null once held) and the young people discussed, each with the decision and
 * actions agreed.
 */
public record SessionResponse(SessionSummary session, SessionAgenda agenda, List<OversightEntryResponse> discussions) {
}
