package app.waypoint.serviceview.domain;

import java.time.LocalDate;
import java.util.List;

/** The service view for the caller: the day, the teams it covers (by name) and every figure. */
public record ServiceViewResponse(LocalDate day, List<String> teams, List<FigureSummary> figures) {
}
