package app.waypoint.web.shell;

import app.waypoint.shared.WaypointException.FieldError;
import app.waypoint.shared.WaypointException;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A form of the young person's file as shown: what was typed (field name to value), the fixed choices of its radios, and what
 * is wrong (field to message, in the service's field names with dashes for dots, so that a rule the service refuses lands
 * beside its field too: {@code accommodation.startDate} is the field {@code accommodation-startDate}).
 * Also reads the posted fields: dates as day, month and year ({@code name-day} …), choices, text.
 */
public final class PageForm {

    /** A fixed choice: the value posted and the words shown. */
    public record Choice(String value, String label) {
    }

    /** A line of the error summary: the message and the id of the field it links to (none for the form as a whole). */
    record SummaryLine(String anchor, String message) {
    }

    private final UUID youngPersonId;
    private final String name;
    private final Map<String, String> typed = new LinkedHashMap<>();
    private final Map<String, List<Choice>> choices = new LinkedHashMap<>();
    private final List<FieldError> errors = new ArrayList<>();

    public PageForm(UUID youngPersonId, String name) {
        this.youngPersonId = youngPersonId;
        this.name = name;
    }

    /** Keeps what was typed in a field (nothing when it was left out). */
    public PageForm typed(String field, String value) {
        if (value != null) {
            typed.put(field, value);
        }
        return this;
    }

    public PageForm choices(String field, List<Choice> fixed) {
        choices.put(field, fixed);
        return this;
    }

    public UUID getYoungPersonId() {
        return youngPersonId;
    }

    public String getName() {
        return name;
    }

    public String value(String field) {
        return typed.getOrDefault(field, "");
    }

    public boolean chosen(String field, String value) {
        return value.equals(value(field));
    }

    public List<Choice> choicesOf(String field) {
        return choices.getOrDefault(field, List.of());
    }

    public String errorOf(String field) {
        return errors.stream().filter(error -> field.equals(error.field())).map(FieldError::message).findFirst().orElse(null);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public List<SummaryLine> summary() {
        return errors.stream().map(error -> new SummaryLine(error.field(), error.message())).toList();
    }

    /** The text typed in a field, trimmed; null when empty. */
    public String text(String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The text of a field that must be filled in (and not over {@code max} characters). */
    public String required(String field, String missing, int max) {
        String value = text(field);
        if (value == null) {
            error(field, missing);
        } else if (value.length() > max) {
            error(field, "Use " + max + " characters or fewer");
        }
        return value;
    }

    /** Optional text, not over {@code max} characters. */
    public String optional(String field, int max) {
        String value = text(field);
        if (value != null && value.length() > max) {
            error(field, "Use " + max + " characters or fewer");
        }
        return value;
    }

    /** A date typed as day, month and year; null when all three are empty ({@code missing} then names it, if given) or not a real date. */
    public LocalDate date(String field, String missing) {
        String day = text(field + "-day");
        String month = text(field + "-month");
        String year = text(field + "-year");
        if (day == null && month == null && year == null) {
            if (missing != null) {
                error(field, missing);
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.getYear() < 1900 || date.getYear() > 2200) {
                throw new DateTimeException("not a plausible year");
            }
            return date;
        } catch (NumberFormatException | DateTimeException | NullPointerException notADate) {
            error(field, "Enter a real date, as day, month and year");
            return null;
        }
    }

    /** One of the field's fixed choices, as its enum constant; null (and an error) when none or another was chosen. */
    public <E extends Enum<E>> E choice(String field, Class<E> type, String missing) {
        String value = text(field);
        if (value == null) {
            error(field, missing);
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            error(field, missing);
            return null;
        }
    }

    /** A yes/no radio answered "true" or "false"; null (and an error) when neither was chosen. */
    public Boolean yesNo(String field, String missing) {
        String value = text(field);
        if ("true".equals(value) || "false".equals(value)) {
            return Boolean.valueOf(value);
        }
        error(field, missing);
        return null;
    }

    /** The page again with what was typed and what is wrong: 422. */
    public static Response unprocessable(TemplateInstance page) {
        return Response.status(422).type(MediaType.TEXT_HTML_TYPE).entity(page.render()).build();
    }

    /** After a form is done: back to the young person's file, at the section it changed. */
    public static Response backToFile(UUID youngPersonId, String section) {
        return Response.seeOther(UriBuilder.fromPath("/young-people/{id}").fragment(section).build(youngPersonId)).build();
    }

    public PageForm error(String field, String message) {
        errors.add(new FieldError(field, message));
        return this;
    }

    /** What the service refused, each message as a sentence beside its field (or at the top when it names none). */
    public PageForm refused(WaypointException refusal) {
        return refused(refusal, field -> field);
    }

    /** As {@link #refused(WaypointException)}, the service's field names first renamed to the form's. */
    public PageForm refused(WaypointException refusal, UnaryOperator<String> formField) {
        if (refusal.errors().isEmpty()) {
            errors.add(new FieldError(null, refusal.getMessage()));
        } else {
            refusal.errors().forEach(error -> errors.add(new FieldError(error.field() == null ? null
                    : formField.apply(error.field()).replace('.', '-'), sentence(error.field(), error.message()))));
        }
        return this;
    }

    /** The service's messages follow a field name ("must not be in the future"); on the page each is a sentence. */
    private static String sentence(String field, String message) {
        if (message == null || message.isEmpty()) {
            return "Check this field";
        }
        String first = Character.toUpperCase(message.charAt(0)) + message.substring(1);
        return message.startsWith("must ") || message.startsWith("is ") ? "The " + words(field) + " " + message : first;
    }

    /** A field in words: a date field ({@code contactOn}, {@code dueDate}, {@code due}) is "date", others their name spaced out. */
    private static String words(String field) {
        String last = field == null ? "value" : field.substring(field.lastIndexOf('.') + 1);
        if (last.endsWith("On") || last.endsWith("Date") || last.equals("due")) {
            return "date";
        }
        return last.replaceAll("([A-Z])", " $1").toLowerCase();
    }
}
