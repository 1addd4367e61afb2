package app.waypoint.supervision.domain.records;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The username of the worker's supervisor from now on (a manager). */
public record SetSupervisorRequest(@NotBlank @Size(max = 80) String supervisor) {
}
