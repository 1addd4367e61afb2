package app.waypoint.supervision.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happened at a session: the day it was held (default today), each young person discussed (discussion, decision,
 * actions), and the outcome of every action carried from earlier sessions that is still open (each one, or 422).
 */
public record RecordSessionRequest(@PlausibleDate LocalDate heldOn, @Size(max = 100) List<@Valid DiscussionInput> discussions, @Size(max = 200) List<@Valid CarriedInput> carried) {

    /** One young person discussed. The decision is also written to their record as a management-oversight entry. */
    public record DiscussionInput(UUID youngPersonId, @Size(max = 8000) String discussion, @Size(max = 4000) String decision,
                                  @Size(max = 100) List<@Valid SupervisionActionInput> actions) {
    }

    /** A carried action: closed, or re-dated with a new due date and a reason. */
    public record CarriedInput(UUID actionId, CarriedOutcome outcome, @PlausibleDate LocalDate newDueDate, @Size(max = 1000) String reason) {
    }
}
