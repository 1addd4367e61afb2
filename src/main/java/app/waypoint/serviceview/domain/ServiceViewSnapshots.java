package app.waypoint.serviceview.domain;

import app.waypoint.calendar.WaypointClock;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The daily snapshot behind the service view's overview and trends: once a day, every figure is counted for every team by group
 * and kept. A team's day is claimed (a row in {@code service_view_snapshot_team}, in the same transaction as its counts) by
 * whoever comes first: each replica's nightly job for every team, or a manager opening the overview for their teams before the
 * job has run; the others find it claimed, so a team's day is counted once across replicas, and taking it again changes nothing.
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

    /** Counts every figure on {@code day} for every team whose day has not been taken; whether this call took any. */
    @Transactional
    public boolean take(LocalDate day) {
        return take(day, service.allTeams());
    }

    /** Counts every figure on {@code day} for those of these teams whose day has not been taken; whether this call took any. */
    @Transactional
    boolean take(LocalDate day, Set<UUID> teams) {
        List<UUID> claimed = queries.claim(day, teams, clock.now());
        if (claimed.isEmpty()) {
            return false;
        }
        FigureParameters parameters = service.parameters(claimed, day);
        int rows = 0;
        for (ServiceFigure figure : ServiceFigure.values()) {
            rows += queries.snapshot(figure, parameters);
        }
        Log.infof("Service view snapshot of %s: %d rows for %d teams", day, rows, claimed.size());
        return true;
    }
}
