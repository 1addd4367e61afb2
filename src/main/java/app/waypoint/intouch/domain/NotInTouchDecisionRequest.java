package app.waypoint.intouch.domain;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A manager's decision that a young person is not in touch: the day decided and the reasons (what was tried, why it failed). */
public record NotInTouchDecisionRequest(@NotNull @PlausibleDate LocalDate decidedOn, @NotBlank @Size(max = 2000) String reasons) {
}
