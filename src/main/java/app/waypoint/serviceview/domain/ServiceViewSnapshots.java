package app.waypoint.serviceview.domain;

import app.waypoint.calendar.WaypointClock;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The daily snapshot behind the service view's trends: once a day, every figure is counted for every team by group and kept.
 * Each replica's scheduler fires; the first to claim the day (a row in {@code service_view_snapshot_day}, in the same
 * transaction as the counts) takes it, and the others find it claimed, so a day is counted once across replicas, and taking
 * it again changes nothing.
 */
@ApplicationScoped
public class ServiceViewSnapshots {

    private final ServiceViewService service;
    private final ServiceViewQueries queries;
    private final WaypointClock clock;

    ServiceViewSnapshots(ServiceViewService service, ServiceViewQueries queries, WaypointClock clock) {
        this.service = service;
        this.queries = queries;
        this.clock = clock;
    }

    @Scheduled(identity = "service-view-snapshot", cron = "${waypoint.service-view.snapshot-cron:0 30 1 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        take(clock.today());
    }

    /** Counts every figure for every team on {@code day}, unless that day has been taken; whether this call took it. */
    @Transactional
    public boolean take(LocalDate day) {
        if (!queries.claim(day, clock.now())) {
            return false;
        }
        Set<UUID> teams = service.allTeams();
        if (!teams.isEmpty()) {
            FigureParameters parameters = service.parameters(teams, day);
            int rows = 0;
            for (ServiceFigure figure : ServiceFigure.values()) {
                rows += queries.snapshot(figure, parameters);
            }
            Log.infof("Service view snapshot of %s: %d rows for %d teams", day, rows, teams.size());
        }
        return true;
    }
}
