package app.waypoint.pathwayreviews.domain.plan;

import app.waypoint.pathwayreviews.domain.headings.PlanHeadings;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One version of a young person's pathway plan, with what the caller may do with it. */
public record PathwayPlanResponse(UUID youngPersonId, int version, PlanStatus status, Integer basedOnVersion, String youngPersonViews,
                                  PlanHeadings<HeadingContent> headings, Instant createdAt, String createdBy, Instant updatedAt,
                                  String updatedBy, Instant signedOffAt, String signedOffBy, String oversightNote, LocalDate copyGivenOn,
                                  List<PathwayPlanAction> allowedActions) {

    /** A heading's text and its actions, in the order they were saved. */
    public record HeadingContent(String text, List<PlanActionResponse> actions) implements PlanHeadings.Heading {
    }
}
