package app.waypoint.supervision.domain.sessions;

import app.waypoint.supervision.domain.records.OversightEntryResponse;
import app.waypoint.supervision.domain.records.SessionSummary;
import app.waypoint.supervision.domain.records.SupervisionActionResponse;
import app.waypoint.supervision.domain.records.SupervisionActionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Entities to responses. */
final class SupervisionMapper {

    private SupervisionMapper() {
    }

    static SupervisionActionResponse toResponse(SupervisionAction action, LocalDate today) {
        boolean overdue = action.status == SupervisionActionStatus.OPEN && action.dueOn.isBefore(today);
        return new SupervisionActionResponse(action.id, action.youngPersonId, action.sessionId, action.description, action.owner,
                action.dueOn, action.status, overdue, action.carryCount, action.flagged, action.lastReason);
    }

    static OversightEntryResponse toResponse(OversightEntry entry, List<SupervisionActionResponse> actions) {
        return new OversightEntryResponse(entry.id, entry.youngPersonId, entry.sessionId, entry.discussion, entry.decision, entry.rationale,
                entry.recordedBy, entry.recordedAt, actions);
    }

    static List<OversightEntryResponse> toResponses(List<OversightEntry> entries, List<SupervisionAction> actions, LocalDate today) {
        Map<UUID, List<SupervisionActionResponse>> byEntry = actions.stream()
                .collect(Collectors.groupingBy(action -> action.oversightEntryId,
                        Collectors.mapping(action -> toResponse(action, today), Collectors.toList())));
        return entries.stream().map(entry -> toResponse(entry, byEntry.getOrDefault(entry.id, List.of()))).toList();
    }

    static SessionSummary toSummary(SupervisionSession session, String supervisor) {
        return new SessionSummary(session.id, session.workerId, supervisor, session.scheduledFor, session.heldOn, session.status,
                session.signOffDueOn, session.workerSignedAt, session.supervisorSignedAt, session.signedOffLate);
    }
}
