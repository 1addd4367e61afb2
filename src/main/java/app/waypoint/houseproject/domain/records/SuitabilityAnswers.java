package app.waypoint.houseproject.domain.records;

import app.waypoint.shared.RuleViolationException;
import app.waypoint.shared.WaypointException.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the worker answered in a suitability assessment: a note on every factor, the decision, and why. */
public record SuitabilityAnswers(Map<SuitabilityFactor, String> factors, boolean suitable, String rationale) {

    public String factor(SuitabilityFactor factor) {
        return factors.get(factor);
    }

    /** 422 naming every factor left unanswered, and the rationale if missing: inspectors criticise unrecorded rationale. */
    public void requireComplete() {
        List<FieldError> errors = new ArrayList<>();
        for (SuitabilityFactor factor : SuitabilityFactor.values()) {
            if (isBlank(factors.get(factor))) {
                errors.add(new FieldError(factor.field(), "must be answered"));
            }
        }
        if (isBlank(rationale)) {
            errors.add(new FieldError("rationale", "must give the reasons for the decision"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolationException("suitability-assessment-incomplete", "Every suitability factor must be answered and the "
                    + "decision's rationale written down; missing: "
                    + String.join(", ", errors.stream().map(FieldError::field).toList()) + ".",
                    errors);
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
