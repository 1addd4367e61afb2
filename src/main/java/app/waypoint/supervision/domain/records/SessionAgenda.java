package app.waypoint.supervision.domain.records;

import app.waypoint.disputes.domain.records.DisputeStage;
import app.waypoint.escalations.domain.EscalationStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A booked session's agenda, built from the worker's work as it stands (domain notes §2c step 2): their supervision actions
 * still open (carried ones first, then overdue, then by due date), their overdue tasks, the young people on their caseload
 * with no recorded contact within the configured days, the open escalations and IRO disputes about their caseload, and the
 * whole caseload, each young person with their last contact and the worker's overdue tasks about them.
 */
public record SessionAgenda(List<SupervisionActionResponse> actions, List<OverdueTask> overdueTasks, List<NoContact> noContact,
                            List<OpenEscalation> escalations, List<OpenDispute> disputes, List<CaseloadEntry> caseload) {

    /** A young person on the worker's caseload: their last contact (null: none recorded) and the worker's overdue tasks about them. */
    public record CaseloadEntry(UUID youngPersonId, LocalDate lastContactOn, List<OverdueTask> overdueTasks) {
    }

    /** A task assigned to the worker, past its due date. */
    public record OverdueTask(String taskId, String name, UUID youngPersonId, LocalDate dueOn) {
    }

    /** A young person on the worker's caseload last contacted on {@code lastContactOn} (null: no contact recorded). */
    public record NoContact(UUID youngPersonId, LocalDate lastContactOn) {
    }

    /** An escalation of a late task about a young person on the caseload, not yet resolved. */
    public record OpenEscalation(UUID escalationId, String taskName, UUID youngPersonId, EscalationStage stage, Instant dueAt) {
    }

    /** An IRO dispute about a young person on the caseload, still open. */
    public record OpenDispute(UUID disputeId, UUID youngPersonId, DisputeStage stage, Instant raisedAt, Instant responseDueAt) {
    }
}
