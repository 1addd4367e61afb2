package app.waypoint.people.record.care;

import app.waypoint.people.status.LegalBasis;
import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A new episode of care: the first day in care, on what legal basis, and why (optional). */
public record StartCareRequest(@NotNull @PlausibleDate LocalDate startDate, @NotNull LegalBasis legalBasis, @Size(max = 4000) String note) {
}
