package app.waypoint.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * An audit entry: who ({@code staffId}, {@code username}) reached which young person's record, when, how ({@code action} READ or
 * CHANGE, through the {@code channel} API or a PAGE, at {@code method} {@code route}, a route template such as
 * {@code /api/young-people/{id}/chronology}), which part of the record ({@code recordKind}, e.g. "chronology", "pathway plan"),
 * and why, when the caller said ({@code reason}, from the {@code Waypoint-Reason} header).
 */
public record AuditEntryResponse(Instant at, UUID staffId, String username, UUID youngPersonId, AuditAction action,
                                 AuditChannel channel, String method, String route, String recordKind, String reason) {
}
