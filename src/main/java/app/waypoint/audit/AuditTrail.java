package app.waypoint.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The audit state of one HTTP request: what it is (set by {@link AuditRequestFilter}), who makes it (set when the caller is
 * resolved to a member of staff), and the young people already claimed for an entry, so that each gets one entry per request
 * however many transactions the request opens. A request the filter did not mark (a scheduler job, an engine job) records nothing.
 */
@RequestScoped
class AuditTrail {

    private Endpoint endpoint;
    private UUID staffId;
    private String username;
    private AuditActor actor = AuditActor.STAFF;
    private final Set<UUID> claimed = new HashSet<>();

    /** What an audited request is: the filter's part of an entry. */
    record Endpoint(AuditAction action, AuditChannel channel, String method, String route, String recordKind, String reason) {
    }

    void mark(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    void identify(UUID staffId, String username) {
        this.staffId = staffId;
        this.username = username;
        this.actor = AuditActor.STAFF;
    }

    /** The young person themselves, signed in to their own pages (no member of staff). */
    void identifyYoungPerson() {
        this.staffId = null;
        this.username = YOUNG_PERSON;
        this.actor = AuditActor.YOUNG_PERSON;
    }

    /** How entries name a young person who reached their own record. */
    static final String YOUNG_PERSON = "the young person";

    /** The request as entries describe it, once both what and who are known. */
    Optional<AuditedRequest> request() {
        if (endpoint == null || username == null) {
            return Optional.empty();
        }
        return Optional.of(new AuditedRequest(actor, staffId, username, endpoint.action(), endpoint.channel(), endpoint.method(), endpoint.route(),
                endpoint.recordKind(), endpoint.reason()));
    }

    /** Claims the young people not yet claimed by this request, and answers those. */
    synchronized List<UUID> claim(Collection<UUID> youngPeople) {
        return youngPeople.stream().distinct().filter(claimed::add).toList();
    }

    /** Gives back claims whose entries were rolled back, so a later transaction of the request may record them. */
    synchronized void release(Collection<UUID> youngPeople) {
        claimed.removeAll(youngPeople);
    }
}
