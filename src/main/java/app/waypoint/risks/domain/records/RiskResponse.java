package app.waypoint.risks.domain.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A concern and the risk it became: its status, its safety plan's actions, its record (oldest first) and what the caller may do
 * with it now ({@code allowedActions}: DECIDE or REVIEW, for the young person's team managers when the task waits).
 */
public record RiskResponse(UUID id, UUID youngPersonId, RiskKind kind, RiskStatus status, RiskSource source, LocalDate seenOn,
                           String whatWasSeen, String raisedBy, Instant raisedAt, LocalDate decisionDueOn, LocalDate nextReviewOn,
                           List<Action> safetyPlan, List<Step> history, List<RiskAction> allowedActions) {

    /** One action of the safety plan: done ({@code doneAt}, {@code outcome}), or no longer needed since the risk closed ({@code endedAt}). */
    public record Action(UUID id, String description, String owner, LocalDate dueOn, Instant doneAt, String outcome, Instant endedAt) {
    }

    /** One step on the concern's record. */
    public record Step(Instant at, RiskEventKind kind, String by, String text) {
    }
}
