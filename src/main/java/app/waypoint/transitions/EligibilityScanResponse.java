package app.waypoint.transitions;

import java.util.List;
import java.util.UUID;

/** What a run of the eligibility scan did: the young people whose transition it opened. */
public record EligibilityScanResponse(List<UUID> transitionsStartedFor) {
}
