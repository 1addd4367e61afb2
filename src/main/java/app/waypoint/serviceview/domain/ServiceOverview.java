package app.waypoint.serviceview.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The service view's overview: every {@link ServiceFigure} for the caller's teams, read from today's snapshot rather than counted
 * live, so that a director's page over a whole council's young people is one indexed read. The snapshot is the nightly one; a
 * team not yet taken today (before the job has run, or a team set up since) is taken now, once, for the caller's teams, so the
 * overview never shows an earlier day. The figures say when they were counted ({@code asOf}, the earliest of the caller's
 * teams); a figure's own page and the people behind it stay live ({@link ServiceViewService}).
 */
@ApplicationScoped
public class ServiceOverview {

    private final ServiceViewService service;
    private final ServiceViewSnapshots snapshots;
    private final ServiceViewQueries queries;
    private final WaypointClock clock;

    ServiceOverview(ServiceViewService service, ServiceViewSnapshots snapshots, ServiceViewQueries queries, WaypointClock clock) {
        this.service = service;
        this.snapshots = snapshots;
        this.queries = queries;
        this.clock = clock;
    }

    /** Every figure as of today's snapshot of the caller's teams (taken now where it has not been); 403 for workers and IROs. */
    @Transactional
    public ServiceViewResponse view(Caller caller) {
        Set<UUID> teams = service.teams(caller);
        LocalDate today = clock.today();
        if (teams.isEmpty()) {
            return new ServiceViewResponse(today, null, List.of(), figures(Map.of()));
        }
        snapshots.take(today, teams);
        Instant asOf = queries.takenAt(today, teams).orElseThrow();
        return new ServiceViewResponse(today, asOf, service.teamNames(teams), figures(queries.snapshotCounts(today, teams)));
    }

    private List<FigureSummary> figures(Map<ServiceFigure, List<ServiceViewQueries.GroupCount>> counts) {
        return Arrays.stream(ServiceFigure.values()).map(figure -> service.summary(figure, counts.getOrDefault(figure, List.of()))).toList();
    }
}
