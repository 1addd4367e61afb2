package app.waypoint.tasks.domain.task;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffService;
import app.waypoint.shared.InvalidInputException;
import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.tasks.domain.task.TaskResponse.FieldChoice;
import app.waypoint.tasks.domain.task.TaskResponse.FormFieldResponse;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.impl.form.type.EnumFormType;

/**
 * A step's form comes from its model ({@code camunda:formData}); submitted values are checked against it here, so a
 * missing required field or a value of the wrong type is a 400 naming the field, before the engine sees anything.
 */
@ApplicationScoped
class TaskForms {

    static final int MAX_TEXT = 10_000;

    /** A form-field property naming the role a username in that field must have, e.g. {@code staffRole=worker}. */
    static final String STAFF_ROLE = "staffRole";

    private final FormService forms;
    private final StaffService staff;

    TaskForms(FormService forms, StaffService staff) {
        this.forms = forms;
        this.staff = staff;
    }

    List<FormFieldResponse> describe(String taskId) {
        return fields(taskId).stream()
                .map(field -> new FormFieldResponse(field.getId(), field.getLabel(), field.getTypeName(), required(field), choices(field)))
                .toList();
    }

    /** An {@code enum} field's values in the model's order, each with its words; none for other fields. */
    private static List<FieldChoice> choices(FormField field) {
        if (!(field.getType() instanceof EnumFormType values)) {
            return List.of();
        }
        return values.getValues().entrySet().stream().map(value -> new FieldChoice(value.getKey(), value.getValue())).toList();
    }

    /** The values as process variables, or a 400 listing every field at fault. */
    Map<String, Object> validate(String taskId, Map<String, Object> submitted) {
        List<FormField> fields = fields(taskId);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>();
        submitted.keySet().stream()
                .filter(key -> fields.stream().noneMatch(field -> field.getId().equals(key)))
                .sorted()
                .forEach(key -> errors.add(new FieldError(key, "is not a field of this step")));
        for (FormField field : fields) {
            Object value = submitted.get(field.getId());
            if (value == null || (value instanceof String text && text.isBlank())) {
                if (required(field)) {
                    errors.add(new FieldError(field.getId(), "is required"));
                }
                continue;
            }
            convert(field, value, errors).ifPresent(converted -> variables.put(field.getId(), converted));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The form has missing or invalid fields.", errors);
        }
        fields.stream().filter(field -> field.getProperties().containsKey(STAFF_ROLE) && variables.containsKey(field.getId()))
                .forEach(field -> requireStaff(field, (String) variables.get(field.getId())));
        return variables;
    }

    /** A field that names a member of staff must name one with the role the model asks for: 422 naming the field. */
    private void requireStaff(FormField field, String username) {
        String role = field.getProperties().get(STAFF_ROLE);
        StaffResponse member = staff.byUsername(username).orElseThrow(() -> new RuleViolationException("unknown-staff",
                "There is no member of staff with username " + username + ".", List.of(new FieldError(field.getId(), "no such staff"))));
        if (!member.role().roleName().equals(role)) {
            throw new RuleViolationException("wrong-role", username + " cannot be named here: that needs the role " + role + ".",
                    List.of(new FieldError(field.getId(), "must be a " + role)));
        }
    }

    private java.util.Optional<Object> convert(FormField field, Object value, List<FieldError> errors) {
        String type = field.getTypeName();
        Object converted = switch (type) {
            case "boolean" -> value instanceof Boolean ? value : null;
            case "long" -> value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : null;
            case "date" -> date(value);
            case "enum" -> choices(field).stream().anyMatch(choice -> choice.value().equals(value)) ? value : null;
            default -> value instanceof String text && text.length() <= MAX_TEXT ? text : null;
        };
        if (converted == null) {
            errors.add(new FieldError(field.getId(), switch (type) {
                case "boolean" -> "must be true or false";
                case "long" -> "must be a whole number";
                case "date" -> "must be a date (yyyy-MM-dd)";
                case "enum" -> "must be one of " + choices(field).stream().map(FieldChoice::value).toList();
                default -> "must be text of at most " + MAX_TEXT + " characters";
            }));
        }
        return java.util.Optional.ofNullable(converted);
    }

    private static Date date(Object value) {
        if (!(value instanceof String text)) {
            return null;
        }
        try {
            return Date.from(WaypointClock.startOf(LocalDate.parse(text)));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private List<FormField> fields(String taskId) {
        return forms.getTaskFormData(taskId).getFormFields();
    }

    private static boolean required(FormField field) {
        return field.getValidationConstraints().stream().anyMatch(c -> "required".equals(c.getName()));
    }
}
