package app.waypoint.web.shell;

import app.waypoint.tasks.domain.task.TaskResponse.FieldChoice;
import java.util.List;

/**
 * A field of a step's form as shown: its input type, what the person typed, and what is wrong with it. A date is typed as
 * day, month and year ({@code id-day} …), as GOV.UK asks; {@code value} is then what was typed, as {@code day/month/year}.
 */
public record FormField(String id, String label, String type, boolean required, String value, String error, List<FieldChoice> choices) {

    public String getDay() {
        return part(0);
    }

    public String getMonth() {
        return part(1);
    }

    public String getYear() {
        return part(2);
    }

    private String part(int index) {
        String[] parts = value.split("/", -1);
        return parts.length == 3 ? parts[index] : "";
    }

    public boolean isText() {
        return !isBoolean() && !isDate() && !isNumber() && !isChoice();
    }

    /** A fixed choice ({@code enum}), shown as radios. */
    public boolean isChoice() {
        return "enum".equals(type);
    }

    public boolean isBoolean() {
        return "boolean".equals(type);
    }

    public boolean isDate() {
        return "date".equals(type);
    }

    public boolean isNumber() {
        return "long".equals(type);
    }
}
