package app.waypoint.people.record.care;

import app.waypoint.people.record.accommodation.AccommodationRequest;
import app.waypoint.shared.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Ends the young person's current episode of care: the day care ended (the first day no longer in care), why, and for a
 * child leaving before 18 the approval; optionally where they went to live, recorded in the same step.
 */
public record EndCareRequest(@NotNull @PlausibleDate LocalDate endDate, @NotNull LeavingCareReason reason, @Size(max = 4000) String note,
                             @Valid Approval approval, @Valid AccommodationRequest accommodation) {

    /** The approval of leaving care before 18. */
    public record Approval(LeavingCareApprover approverRole, @Size(max = 160) String approvedBy, @PlausibleDate LocalDate approvedOn) {
    }
}
