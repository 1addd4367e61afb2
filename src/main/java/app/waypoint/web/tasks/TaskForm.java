package app.waypoint.web.tasks;

import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.tasks.domain.task.TaskResponse.FormFieldResponse;
import app.waypoint.web.shell.FormField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A step's form between the page and the tasklist: the posted text becomes the typed values the tasklist checks (a yes/no
 * as a boolean, a whole number as a number; anything else is passed on as typed, so the tasklist names what is wrong), and
 * the tasklist's field errors come back to sit next to their fields.
 */
final class TaskForm {

    private TaskForm() {
    }

    static Map<String, Object> values(List<FormFieldResponse> fields, Map<String, String> posted) {
        Map<String, Object> values = new HashMap<>();
        for (FormFieldResponse field : fields) {
            String raw = "date".equals(field.type()) ? isoDate(typedDate(field.id(), posted)) : posted.get(field.id());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            values.put(field.id(), switch (field.type()) {
                case "boolean" -> "true".equals(raw) ? Boolean.TRUE : "false".equals(raw) ? Boolean.FALSE : raw;
                case "long" -> wholeNumber(raw.trim());
                default -> raw;
            });
        }
        return values;
    }

    static List<FormField> shown(List<FormFieldResponse> fields, Map<String, String> posted, List<FieldError> errors) {
        return fields.stream().map(field -> new FormField(field.id(), field.label(), field.type(), field.required(),
                        "date".equals(field.type()) ? typedDate(field.id(), posted) : posted.getOrDefault(field.id(), ""), errors.stream().filter(error -> error.field().equals(field.id()))
                        .map(error -> sentence(field, error)).findFirst().orElse(null), field.choices()))
                .toList();
    }

    /** Errors about no field of the form (e.g. a rule about the whole step), to show at the top. */
    static List<String> general(List<FormFieldResponse> fields, List<FieldError> errors) {
        return errors.stream().filter(error -> fields.stream().noneMatch(field -> field.id().equals(error.field())))
                .map(FieldError::message).filter(Objects::nonNull).toList();
    }

    /** "is required" becomes "Enter summary of needs" / "Select whether young person consulted", in the GOV.UK manner. */
    private static String sentence(FormFieldResponse field, FieldError error) {
        String label = field.label() == null ? field.id() : field.label();
        if ("is required".equals(error.message())) {
            return switch (field.type()) {
                case "boolean" -> "Select yes or no for “" + label + "”";
                case "enum" -> "Select “" + label + "”";
                case "date" -> "Enter the date for “" + label + "”";
                default -> "Enter “" + label + "”";
            };
        }
        if ("date".equals(field.type())) {
            return "Enter a real date for “" + label + "”, as day, month and year";
        }
        return label + " " + error.message();
    }

    /** A date as typed in its three boxes, {@code day/month/year}; empty when all three are. */
    private static String typedDate(String id, Map<String, String> posted) {
        String day = trimmed(posted.get(id + "-day"));
        String month = trimmed(posted.get(id + "-month"));
        String year = trimmed(posted.get(id + "-year"));
        return day.isEmpty() && month.isEmpty() && year.isEmpty() ? "" : day + "/" + month + "/" + year;
    }

    /** The date typed as the tasklist reads it ({@code yyyy-MM-dd}); what was typed when it is not a real date, so it is refused. */
    private static String isoDate(String typed) {
        if (typed.isEmpty()) {
            return null;
        }
        String[] parts = typed.split("/", -1);
        try {
            return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]), Integer.parseInt(parts[0])).toString();
        } catch (NumberFormatException | DateTimeException notADate) {
            return typed;
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    private static Object wholeNumber(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            return raw;
        }
    }
}
