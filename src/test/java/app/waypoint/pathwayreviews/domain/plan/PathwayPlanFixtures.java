package app.waypoint.pathwayreviews.domain.plan;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for pathway plan drafts, as JSON maps, so tests can also send what the typed records would refuse. */
public final class PathwayPlanFixtures {

    private PathwayPlanFixtures() {
    }

    /** One action: description, owner and due date (any may be null to leave it out). */
    public static Map<String, Object> action(String description, String owner, LocalDate dueDate) {
        Map<String, Object> action = new HashMap<>();
        action.put("description", description);
        action.put("owner", owner);
        action.put("dueDate", dueDate == null ? null : dueDate.toString());
        return action;
    }

    public static Map<String, Object> heading(String text, List<Map<String, Object>> actions) {
        return Map.of("text", text, "actions", actions);
    }

    /** A draft with the young person's views, an accommodation heading with one action, and the given contingency heading. */
    public static Map<String, Object> draft(String views, Map<String, Object> contingencyPlan, Map<String, Object> accommodationAction) {
        Map<String, Object> headings = new LinkedHashMap<>();
        headings.put("contactAndSupport", heading("Weekly visits from the PA", List.of()));
        headings.put("accommodation", heading("Supported lodgings, suitable", List.of(accommodationAction)));
        headings.put("contingencyPlan", contingencyPlan);
        return Map.of("youngPersonViews", views, "headings", headings);
    }
}
