package app.waypoint.operations.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.engine.EngineFigures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gauge {@value #GAUGE}: open user tasks past their due date, by process ({@code process}: its key) and step ({@code step}:
 * the task's key). Counted in one grouped statement on a schedule on every replica (each reports the same service-wide figure:
 * take the {@code max} across replicas), so a scrape never queries the database.
 */
@ApplicationScoped
public class OverdueTaskGauge {

    static final String GAUGE = "waypoint.tasks.overdue";

    private final EngineFigures figures;
    private final WaypointClock clock;
    private final MultiGauge overdue;

    OverdueTaskGauge(EngineFigures figures, WaypointClock clock, MeterRegistry registry) {
        this.figures = figures;
        this.clock = clock;
        this.overdue = MultiGauge.builder(GAUGE)
                .description("Open user tasks past their due date, by process key and task key; as of the last count")
                .register(registry);
    }

    @Scheduled(identity = "overdue-task-gauge", every = "${waypoint.operations.overdue-count-interval:30s}", delayed = "30s",
            concurrentExecution = ConcurrentExecution.SKIP)
    void countOnSchedule() {
        count();
    }

    /** Counts the overdue tasks now and sets the gauge; a step with none overdue any more leaves it. */
    public void count() {
        overdue.register(figures.overdueTasks(clock.now()).stream()
                .map(step -> MultiGauge.Row.of(Tags.of("process", step.processKey(), "step", step.stepKey()), step.count()))
                .toList(), true);
    }
}
