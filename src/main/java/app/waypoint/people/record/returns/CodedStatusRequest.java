package app.waypoint.people.record.returns;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * An SSDA903 code from a day: an activity ({@code returns/ssda903-activity.csv}) or an in-touch status
 * ({@code returns/ssda903-in-touch.csv}), with a note (for in touch, the reason, which is required).
 */
public record CodedStatusRequest(@NotBlank @Size(max = 8) String code, @NotNull @PlausibleDate LocalDate effectiveOn, @Size(max = 4000) String note) {
}
