package app.waypoint.serviceview.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The service view's overview for the caller: the day, when its figures were counted ({@code asOf}: today's snapshot of the
 * caller's teams, the earliest of them; null without teams), the teams it covers (by name) and every figure.
 */
public record ServiceViewResponse(LocalDate day, Instant asOf, List<String> teams, List<FigureSummary> figures) {
}
