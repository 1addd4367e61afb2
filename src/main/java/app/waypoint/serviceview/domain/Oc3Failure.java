package app.waypoint.serviceview.domain;

import java.util.List;
import java.util.UUID;

/**
 * A line of the OC3 table that fails one of the DfE's validation rules: the rule's number and message as published, the OC3
 * fields it points at, and the young person with the cells exported for them, so that a manager can find and fix the record.
 */
public record Oc3Failure(String rule, String message, List<String> fields, UUID youngPersonId, String name, String localId,
                         String dateOfBirth, String inTouch, String activity, String accommodation) {

    static Oc3Failure of(Oc3Rules.Rule rule, Oc3Line line) {
        return new Oc3Failure(rule.code(), rule.message(), rule.fields(), line.youngPerson(), line.name(), line.child(),
                line.dateOfBirth(), line.inTouch(), line.activity(), line.accommodation());
    }
}
