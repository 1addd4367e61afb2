package app.waypoint.audit;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The entries one transaction owes: written just before it commits, on its own connection, so the work and its entries commit
 * or roll back together. A rolled-back transaction writes nothing and gives its young people back to the request.
 */
final class PendingEntries implements Synchronization {

    private final AuditedRequest request;
    private final AuditTrail trail;
    private final AuditWriter writer;
    private final Supplier<Instant> now;
    private final Set<UUID> youngPeople = new LinkedHashSet<>();

    PendingEntries(AuditedRequest request, AuditTrail trail, AuditWriter writer, Supplier<Instant> now) {
        this.request = request;
        this.trail = trail;
        this.writer = writer;
        this.now = now;
    }

    void add(List<UUID> more) {
        youngPeople.addAll(more);
    }

    @Override
    public void beforeCompletion() {
        if (!youngPeople.isEmpty()) {
            writer.insert(request, youngPeople, now.get());
        }
    }

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED) {
            trail.release(youngPeople);
        }
    }
}
