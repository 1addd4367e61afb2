package app.waypoint.incidents.domain;

import app.waypoint.engine.FailedJobs.FailedJob;
import app.waypoint.notifications.Notice;
import app.waypoint.notifications.NotificationService;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Looks at the engine's incidents on a schedule, on every replica: tells each active administrator once about each new one
 * (the notice's event key is the incident's id, which the outbox keeps once per recipient, however many replicas or scans
 * see it), and sets the gauge {@value #GAUGE} per process and step. A retried step that fails again is a new incident, so a
 * new notice.
 */
@ApplicationScoped
public class IncidentWatch {

    static final String GAUGE = "waypoint.incidents.open";
    static final String LINK = "/incidents";

    private final IncidentService incidents;
    private final StaffService staff;
    private final NotificationService notifications;
    private final MultiGauge open;

    IncidentWatch(IncidentService incidents, StaffService staff, NotificationService notifications, MeterRegistry registry) {
        this.incidents = incidents;
        this.staff = staff;
        this.notifications = notifications;
        this.open = MultiGauge.builder(GAUGE)
                .description("Process steps stopped with an engine incident (retries run out), by process and step; as of the last scan")
                .register(registry);
    }

    @Scheduled(identity = "incident-watch", every = "${waypoint.incidents.scan-interval:1m}", delayed = "30s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void scanOnSchedule() {
        scan();
    }

    /** Notices for new incidents and the gauge; answers the incidents open now. */
    @Transactional
    public List<FailedJob> scan() {
        List<FailedJob> stopped = incidents.stopped();
        List<StaffResponse> admins = staff.activeWithRole(StaffRole.ADMIN);
        stopped.forEach(job -> admins.forEach(admin -> notifications.notify(new Notice("incident:" + job.incidentId(), admin.username(),
                headline(job), null, LINK))));
        Map<List<String>, Long> counts = stopped.stream()
                .collect(Collectors.groupingBy(job -> List.of(IncidentService.processName(job), IncidentService.stepName(job)), Collectors.counting()));
        open.register(counts.entrySet().stream()
                .map(count -> MultiGauge.Row.of(Tags.of("process", count.getKey().get(0), "step", count.getKey().get(1)), count.getValue()))
                .toList(), true);
        return stopped;
    }

    private static String headline(FailedJob job) {
        String headline = "A process step has stopped after failing: " + IncidentService.stepName(job) + " in " + IncidentService.processName(job);
        return headline.length() <= 200 ? headline : headline.substring(0, 199) + "…";
    }
}
