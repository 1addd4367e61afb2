package app.waypoint.disputes.domain.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The current respondent's answer to a dispute (informal or at a formal stage). */
public record DisputeAnswerRequest(@NotBlank @Size(max = 4000) String response) {
}
