package app.waypoint.web.shell;

import app.waypoint.pathwayreviews.domain.headings.HousingActions.HousingAction;
import app.waypoint.pathwayreviews.domain.headings.HousingActions.HousingStep;
import java.util.List;

/** The housing actions (homelessness referrals and their steps) as the plan and housing pages show them, dates in words. */
public final class HousingActionRows {

    /** One action: what, where it is in words, whether open, and its steps. */
    public record Row(String what, String state, boolean open, List<StepRow> steps) {
    }

    /** One step: what, due, done (empty when not done), what was recorded. */
    public record StepRow(String what, String due, String done, String detail) {
    }

    private HousingActionRows() {
    }

    public static List<Row> of(List<HousingAction> actions) {
        return actions.stream().map(action -> new Row(action.what(), action.state(), action.open(),
                action.steps().stream().map(HousingActionRows::step).toList())).toList();
    }

    private static StepRow step(HousingStep step) {
        return new StepRow(step.what(), step.due() == null ? "" : DueWording.date(step.due()), step.doneOn() == null ? "" : DueWording.date(step.doneOn()),
                step.detail());
    }
}
