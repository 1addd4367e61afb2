package app.waypoint.incidents.domain;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Retry every failed job of one step of one process (after the cause, e.g. a mail server, is fixed). */
public record RetryKindRequest(@NotBlank @Size(max = 255) String processKey, @NotBlank @Size(max = 255) String stepId) {
}
