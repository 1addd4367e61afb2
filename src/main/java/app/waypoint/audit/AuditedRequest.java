package app.waypoint.audit;

import java.util.UUID;

/** Who made an audited request and what it was: every entry the request leaves says this about one young person. */
record AuditedRequest(AuditActor actor, UUID staffId, String username, AuditAction action, AuditChannel channel, String method, String route,
                      String recordKind, String reason) {
}
