package app.waypoint.disputes.domain.records;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The IRO judges a response: satisfied ends the dispute; otherwise it goes to the next stage, or to a later one named. */
public record JudgementRequest(@NotNull Boolean satisfied, DisputeStage nextStage, @Size(max = 4000) String note) {
}
