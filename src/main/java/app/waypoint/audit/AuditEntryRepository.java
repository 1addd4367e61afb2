package app.waypoint.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class AuditEntryRepository implements PanacheRepository<AuditEntry> {
}
