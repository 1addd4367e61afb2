package app.waypoint.web.plans;

import app.waypoint.pathwayreviews.domain.headings.PathwayHeading;
import app.waypoint.pathwayreviews.domain.plan.ActionStatus;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanAction;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse.HeadingContent;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanActionResponse;
import app.waypoint.pathwayreviews.domain.plan.PlanStatus;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.web.shell.DueWording;
import app.waypoint.web.shell.PageTimes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A version of a pathway plan as the pages show it: the ten headings in order, each with its text and its actions (what, who,
 * by when, open or done), the young person's views, and its status in words. Headings have two wordings: the staff's, and the
 * plain words of the copy given to the young person.
 */
@ApplicationScoped
class PathwayPlanSections {

    private final StaffService staff;

    PathwayPlanSections(StaffService staff) {
        this.staff = staff;
    }

    /** A version as shown. {@code allowed} is what the caller may do with it, as the plan's rules say. */
    record Plan(int version, boolean draft, String status, String signedOffOn, String oversightNote, String copyGiven, String views, List<Section> sections,
                List<PathwayPlanAction> allowed) {

        public boolean allows(String action) {
            return allowed.stream().anyMatch(a -> a.name().equals(action));
        }
    }

    /** One heading: its field name (for ids), its title for staff and in plain words, its text and actions. */
    record Section(String id, String title, String plainTitle, String text, List<ActionRow> actions) {

        /** The same content as another version's heading (text and actions alike). */
        boolean sameAs(Section other) {
            return Objects.equals(text, other.text) && actions.equals(other.actions);
        }
    }

    /** An action as shown; {@code id} is the action's, the same in every version. */
    record ActionRow(String id, String what, String owner, String due, String status) {
    }

    Plan of(PathwayPlanResponse plan) {
        List<Section> sections = Arrays.stream(PathwayHeading.values()).map(heading -> section(heading, plan.headings().get(heading)))
                .toList();
        return new Plan(plan.version(), plan.status() == PlanStatus.DRAFT, status(plan), PageTimes.day(plan.signedOffAt()), plan.oversightNote(),
                plan.copyGivenOn() == null ? null : DueWording.date(plan.copyGivenOn()), plan.youngPersonViews(), sections,
                plan.allowedActions());
    }

    private Section section(PathwayHeading heading, HeadingContent content) {
        String text = content == null || content.text() == null ? "" : content.text();
        List<ActionRow> actions = content == null ? List.of() : content.actions().stream().map(this::action).toList();
        return new Section(heading.field(), title(heading), plainTitle(heading), text, actions);
    }

    private ActionRow action(PlanActionResponse action) {
        return new ActionRow(action.id() == null ? "" : action.id().toString(), action.description(), name(action.owner()), DueWording.date(action.dueDate()),
                action.status() == ActionStatus.DONE ? "Done" : "Open");
    }

    private String status(PathwayPlanResponse plan) {
        if (plan.status() == PlanStatus.DRAFT) {
            return "Draft, last saved " + PageTimes.when(plan.updatedAt()) + " by " + name(plan.updatedBy());
        }
        return "Signed off " + PageTimes.when(plan.signedOffAt()) + " by " + name(plan.signedOffBy());
    }

    String name(String username) {
        return username == null ? "" : staff.byUsername(username).map(StaffResponse::displayName).orElse(username);
    }

    /** A heading as staff name it (Care Leavers Regulations Sch 1). */
    static String title(PathwayHeading heading) {
        return switch (heading) {
            case CONTACT_AND_SUPPORT -> "Contact and personal support";
            case EDUCATION_AND_TRAINING -> "Education and training";
            case EMPLOYMENT_OR_ACTIVITY -> "Employment or other purposeful activity";
            case CONTINGENCY_PLAN -> "Contingency plan";
            case ACCOMMODATION -> "Accommodation and its suitability";
            case FAMILY_AND_RELATIONSHIPS -> "Family and social relationships";
            case INDEPENDENT_LIVING_SKILLS -> "Independent-living skills";
            case FINANCIAL_SUPPORT -> "Financial support";
            case HEALTH -> "Health, including mental health";
            case IDENTITY -> "Identity: religion, ethnicity, culture and language";
        };
    }

    /** A heading in plain words, for the young person's own copy. */
    static String plainTitle(PathwayHeading heading) {
        return switch (heading) {
            case CONTACT_AND_SUPPORT -> "Who keeps in touch with you and supports you";
            case EDUCATION_AND_TRAINING -> "Your learning and training";
            case EMPLOYMENT_OR_ACTIVITY -> "Work, and how you spend your time";
            case CONTINGENCY_PLAN -> "If things do not go to plan";
            case ACCOMMODATION -> "Where you live";
            case FAMILY_AND_RELATIONSHIPS -> "Your family and friends";
            case INDEPENDENT_LIVING_SKILLS -> "Skills for living on your own";
            case FINANCIAL_SUPPORT -> "Money, and help with money";
            case HEALTH -> "Your health and how you feel";
            case IDENTITY -> "Who you are: your culture, faith and language";
        };
    }
}
