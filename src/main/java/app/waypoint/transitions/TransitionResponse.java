package app.waypoint.transitions;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A transition and the steps it is at now. */
public record TransitionResponse(UUID id, UUID youngPersonId, Instant startedAt, String startedBy, boolean open, Instant closedAt,
                                 String closureReason, List<CurrentStep> currentSteps) {

    public record CurrentStep(String id, String name) {
    }
}
