package app.waypoint.operations.domain;

import app.waypoint.escalations.domain.EscalationRaised;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Locale;

/**
 * The counter {@value #COUNTER}: rungs of the overdue chain raised on this replica since it started, by rung ({@code rung}:
 * {@code team_manager}, {@code service_manager}, {@code head_of_service}) and by the process of the late task ({@code process}:
 * its key). Counted once the escalation is committed, so a rolled-back attempt is not counted; add across replicas.
 */
@ApplicationScoped
public class EscalationCounter {

    static final String COUNTER = "waypoint.escalations.raised";

    private final MeterRegistry registry;

    EscalationCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(@Observes(during = TransactionPhase.AFTER_SUCCESS) EscalationRaised raised) {
        String process = raised.processKey() == null ? "none" : raised.processKey();
        Counter.builder(COUNTER)
                .description("Rungs of the overdue chain raised, by rung and by the late task's process key")
                .tags("rung", raised.stage().name().toLowerCase(Locale.ROOT), "process", process)
                .register(registry)
                .increment();
    }
}
