package app.waypoint.supervision.domain.records;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A manager's oversight between sessions: the decision, why, and the actions that follow (each with owner and due date). */
public record OversightRequest(@NotBlank @Size(max = 4000) String decision, @Size(max = 4000) String rationale,
                               @Size(max = 100) List<@Valid SupervisionActionInput> actions) {
}
