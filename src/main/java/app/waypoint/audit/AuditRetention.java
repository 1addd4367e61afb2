package app.waypoint.audit;

import app.waypoint.calendar.WaypointClock;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZonedDateTime;

/**
 * Purges entries older than the retention period ({@code waypoint.audit.retention}) once a day on every replica. Two replicas
 * purging at once is harmless: each deletes what is older than the same cut-off, and the second finds less or nothing. The
 * table's trigger refuses every delete except one whose transaction names the cut-off ({@code waypoint.audit_purge_before}), and
 * then only of entries older than it (migration V16).
 */
@ApplicationScoped
class AuditRetention {

    private final EntityManager entityManager;
    private final AuditConfig config;
    private final WaypointClock clock;

    AuditRetention(EntityManager entityManager, AuditConfig config, WaypointClock clock) {
        this.entityManager = entityManager;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(identity = "audit-retention", cron = "${waypoint.audit.purge-cron:0 15 3 * * ?}",
            concurrentExecution = ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purge();
    }

    /** Deletes the entries older than the retention period; answers how many. */
    @Transactional
    int purge() {
        Instant cutOff = ZonedDateTime.ofInstant(clock.now(), WaypointClock.ZONE).minus(config.retention()).toInstant();
        entityManager.createNativeQuery("select set_config('waypoint.audit_purge_before', ?1, true)")
                .setParameter(1, cutOff.toString()).getSingleResult();
        int purged = entityManager.createNativeQuery("delete from waypoint.audit_entry where at < ?1")
                .setParameter(1, cutOff).executeUpdate();
        Log.infof("Audit retention: %d entries older than %s purged", purged, cutOff);
        return purged;
    }
}
