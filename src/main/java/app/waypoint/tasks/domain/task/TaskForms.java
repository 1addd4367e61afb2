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
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.form.FormField;
import org.camunda.bpm.engine.task.Task;

/**
 * A step's form comes from its model ({@code camunda:formData}); submitted values are checked against it here, so a
 * missing required field or a value of the wrong type is a 400 naming the field, before the engine sees anything. The engine's
 * form service reads the task and every variable of its process to fill in values a check does not use (10 % of a
 * completion's CPU, JFR, README "Performance"), and a deployed model never changes, so each step's fields are asked of it once,
 * then kept. Showing a form asks it every time, for labels that name someone.
 */
@ApplicationScoped
class TaskForms {

    static final int MAX_TEXT = 10_000;

    /** A form-field property naming the role a username in that field must have, e.g. {@code staffRole=worker}. */
    static final String STAFF_ROLE = "staffRole";

    /**
     * A field as the model declares it: an {@code enum} field's choices in the model's order, none for other fields. No label:
     * one may name someone from a task's variables, and a field is kept for every task of its step.
     */
    record Field(String id, String type, boolean required, List<FieldChoice> choices, Map<String, String> properties) {
    }

    private final FormService forms;
    private final StaffService staff;
    private final Map<String, List<Field>> fieldsOfStep = new ConcurrentHashMap<>();

    TaskForms(FormService forms, StaffService staff) {
        this.forms = forms;
        this.staff = staff;
    }

    /**
     * The form as the person completing it sees it: a label may name someone from the process's variables (e.g. "Shared with
     * ${distributionManager}"), so the labels are the engine's, with those expressions filled in.
     */
    List<FormFieldResponse> describe(Task task) {
        return forms.getTaskFormData(task.getId()).getFormFields().stream().map(shown -> {
            Field field = field(shown);
            return new FormFieldResponse(field.id(), Objects.requireNonNullElse(shown.getLabel(), field.id()), field.type(), field.required(),
                    field.choices());
        }).toList();
    }

    /** The values as process variables, or a 400 listing every field at fault. */
    Map<String, Object> validate(Task task, Map<String, Object> submitted) {
        List<Field> fields = fields(task);
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> variables = new HashMap<>();
        submitted.keySet().stream()
                .filter(key -> fields.stream().noneMatch(field -> field.id().equals(key)))
                .sorted()
                .forEach(key -> errors.add(new FieldError(key, "is not a field of this step")));
        for (Field field : fields) {
            Object value = submitted.get(field.id());
            if (value == null || (value instanceof String text && text.isBlank())) {
                if (field.required()) {
                    errors.add(new FieldError(field.id(), "is required"));
                }
                continue;
            }
            convert(field, value, errors).ifPresent(converted -> variables.put(field.id(), converted));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("The form has missing or invalid fields.", errors);
        }
        fields.stream().filter(field -> field.properties().containsKey(STAFF_ROLE) && variables.containsKey(field.id()))
                .forEach(field -> requireStaff(field, (String) variables.get(field.id())));
        return variables;
    }

    /** A field that names a member of staff must name one with the role the model asks for: 422 naming the field. */
    private void requireStaff(Field field, String username) {
        String role = field.properties().get(STAFF_ROLE);
        StaffResponse member = staff.byUsername(username).orElseThrow(() -> new RuleViolationException("unknown-staff",
                "There is no member of staff with username " + username + ".", List.of(new FieldError(field.id(), "no such staff"))));
        if (!member.role().roleName().equals(role)) {
            throw new RuleViolationException("wrong-role", username + " cannot be named here: that needs the role " + role + ".",
                    List.of(new FieldError(field.id(), "must be a " + role)));
        }
    }

    private java.util.Optional<Object> convert(Field field, Object value, List<FieldError> errors) {
        String type = field.type();
        Object converted = switch (type) {
            case "boolean" -> value instanceof Boolean ? value : null;
            case "long" -> value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : null;
            case "date" -> date(value);
            case "enum" -> field.choices().stream().anyMatch(choice -> choice.value().equals(value)) ? value : null;
            default -> value instanceof String text && text.length() <= MAX_TEXT ? text : null;
        };
        if (converted == null) {
            errors.add(new FieldError(field.id(), switch (type) {
                case "boolean" -> "must be true or false";
                case "long" -> "must be a whole number";
                case "date" -> "must be a date (yyyy-MM-dd)";
                case "enum" -> "must be one of " + field.choices().stream().map(FieldChoice::value).toList();
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

    private List<Field> fields(Task task) {
        return fieldsOfStep.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
                step -> forms.getTaskFormData(task.getId()).getFormFields().stream().map(TaskForms::field).toList());
    }

    private static Field field(FormField field) {
        boolean required = field.getValidationConstraints().stream().anyMatch(constraint -> "required".equals(constraint.getName()));
        @SuppressWarnings("unchecked")
        Map<String, String> values = field.getType() == null ? null : (Map<String, String>) field.getType().getInformation("values");
        List<FieldChoice> choices = values == null ? List.of()
                : values.entrySet().stream().map(value -> new FieldChoice(value.getKey(), value.getValue())).toList();
        return new Field(field.getId(), Objects.requireNonNullElse(field.getTypeName(), "string"), required, choices, Map.copyOf(field.getProperties()));
    }
}
