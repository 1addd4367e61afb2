package app.waypoint.pathwayreviews.domain.plan;

import app.waypoint.pathwayreviews.domain.headings.PlanHeadings;
import app.waypoint.shared.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The whole draft of a pathway plan: the young person's views in their own words and each heading's text and actions. It
 * replaces the current draft; a heading left out is empty. Owner and due date are checked as rules (422 naming the action).
 */
public record SavePlanDraftRequest(@Size(max = 8000) String youngPersonViews, @Valid PlanHeadings<HeadingInput> headings) {

    /** A heading's text and its actions. */
    public record HeadingInput(@Size(max = 8000) String text, @Size(max = 100) List<@Valid ActionInput> actions) implements PlanHeadings.Heading {
    }

    /**
     * One action: what, who (a staff username) and by when. {@code id} names an action already on the plan (carried over from
     * the version the draft starts from); leave it out for a new action. {@code status} defaults to OPEN.
     */
    public record ActionInput(UUID id, @Size(max = 1000) String description, @Size(max = 80) String owner, @PlausibleDate LocalDate dueDate,
                              ActionStatus status) {
    }
}
