package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.pathwayreviews.domain.headings.PathwayHeading;
import app.waypoint.pathwayreviews.domain.plan.PlanActionResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds an open review's agenda: carried actions first (overdue first), then the review's reasons, then the young person's
 * answers in their own words, then the headings.
 */
final class ReviewAgenda {

    private ReviewAgenda() {
    }

    static List<AgendaItem> of(List<PlanActionResponse> openActions, List<PathwayReviewResponse.Trigger> triggers,
                               List<TheirWordsBeforeReview.TheirWords> theirWords, LocalDate today) {
        List<AgendaItem> agenda = new ArrayList<>();
        openActions.stream()
                .sorted(Comparator.comparing((PlanActionResponse action) -> !action.dueDate().isBefore(today))
                        .thenComparing(PlanActionResponse::dueDate))
                .forEach(action -> agenda.add(new AgendaItem(AgendaItem.Kind.CARRIED_ACTION, carried(action, today), action)));
        triggers.forEach(trigger -> agenda.add(new AgendaItem(AgendaItem.Kind.TRIGGER, reason(trigger), null)));
        theirWords.forEach(words -> agenda.add(new AgendaItem(AgendaItem.Kind.THEIR_WORDS,
                "In their own words (" + words.givenOn() + "): " + words.question() + " “" + words.answer() + "”", null)));
        for (PathwayHeading heading : PathwayHeading.values()) {
            agenda.add(new AgendaItem(AgendaItem.Kind.HEADING, "Update " + heading.field(), null));
        }
        return agenda;
    }

    private static String carried(PlanActionResponse action, LocalDate today) {
        String state = action.dueDate().isBefore(today) ? "overdue since " : "due ";
        return "Carried action (" + action.owner() + ", " + state + action.dueDate() + "): " + action.description();
    }

    private static String reason(PathwayReviewResponse.Trigger trigger) {
        return trigger.changeKind() == null ? "Review " + trigger.kind().name().toLowerCase().replace('_', ' ')
                : "Significant change: " + trigger.changeKind().name().toLowerCase().replace('_', ' ') + " on " + trigger.occurredOn();
    }
}
