package app.waypoint.serviceview.domain;

import app.waypoint.people.record.accommodation.AccommodationCategories;
import app.waypoint.people.record.returns.ReturnCodes;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A figure's group in words: SSDA903 codes by their code lists, stages and rungs as people say them, contact bands. */
@ApplicationScoped
class GroupNames {

    private static final Map<String, String> CONTACT_BANDS = Map.of("NONE", "No contact recorded", "UP_TO_28", "Within 28 days",
            "UP_TO_56", "29 to 56 days ago", "UP_TO_92", "57 to 92 days ago", "OVER_92", "More than 92 days ago");

    private final ReturnCodes activities = ReturnCodes.read("returns/ssda903-activity.csv");
    private final ReturnCodes inTouch = ReturnCodes.read("returns/ssda903-in-touch.csv");
    private final AccommodationCategories categories;

    GroupNames(AccommodationCategories categories) {
        this.categories = categories;
    }

    /** The activity codes that are education, employment or training: all but NEET and "no information". */
    List<String> eetCodes() {
        return activities.all().stream().filter(code -> !code.description().contains("NEET") && !code.description().startsWith("No information"))
                .map(ReturnCodes.Code::code).toList();
    }

    String words(ServiceFigure figure, String group) {
        if (group == null || group.isEmpty()) {
            return null;
        }
        if ("NONE".equals(group) && figure != ServiceFigure.DAYS_SINCE_CONTACT) {
            return "Not recorded";
        }
        return switch (figure) {
            case DAYS_SINCE_CONTACT -> CONTACT_BANDS.getOrDefault(group, group);
            case NOT_IN_TOUCH -> inTouch.find(group).map(ReturnCodes.Code::description).orElse(group);
            case ACTIVITY -> activities.find(group).map(ReturnCodes.Code::description).orElse(group);
            case ACCOMMODATION -> categories.find(group).map(AccommodationCategories.Category::description).orElse(group);
            case ESCALATIONS_OPEN, DISPUTES -> group.equals("DCS") ? "Director of children's services"
                    : sentence(group.toLowerCase(Locale.ROOT).replace('_', ' '));
            default -> group;
        };
    }

    private static String sentence(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
