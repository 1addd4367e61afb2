package app.waypoint.disputes.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** An IRO raises a dispute about a young person, and sets the date by which it should be resolved informally. */
public record RaiseDisputeRequest(@NotNull UUID youngPersonId, @NotNull DisputeIssueType issueType, @NotBlank @Size(max = 4000) String detail,
                                  @NotNull @PlausibleDate LocalDate informalResolutionBy) {
}
