package app.waypoint.shared;

import java.util.List;

/** Well-formed input that breaks a business rule (e.g. a date of birth in the future): 422. */
public class RuleViolationException extends WaypointException {

    private final String type;

    public RuleViolationException(String type, String detail, List<FieldError> errors) {
        super(detail, errors);
        this.type = type;
    }

    public RuleViolationException(String type, String detail) {
        this(type, detail, List.of());
    }

    @Override
    public String type() {
        return type;
    }

    @Override
    public String title() {
        return "The request breaks a rule";
    }

    @Override
    public int status() {
        return 422;
    }
}
