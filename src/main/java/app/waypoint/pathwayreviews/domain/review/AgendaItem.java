package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.pathwayreviews.domain.plan.PlanActionResponse;

/**
 * One line of a review's agenda. It opens with the actions still open from the last signed-off plan
 * ({@code CARRIED_ACTION}, overdue first, each with its action), then why the review is held ({@code TRIGGER}), then what
 * the young person said before it, each answer dated and in their own words ({@code THEIR_WORDS}), then the ten headings to
 * update ({@code HEADING}).
 */
public record AgendaItem(Kind kind, String title, PlanActionResponse action) {

    public enum Kind { CARRIED_ACTION, TRIGGER, THEIR_WORDS, HEADING }
}
