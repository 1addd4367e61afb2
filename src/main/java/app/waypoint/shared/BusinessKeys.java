package app.waypoint.shared;

import java.util.Optional;
import java.util.UUID;

/**
 * What a process instance is about, read from its business key: a young person (their id, as every process about a young
 * person uses) or a member of staff ({@code staff:<id>}, e.g. a worker's supervision). Tasks, their visibility and their
 * escalation chain follow from it.
 */
public final class BusinessKeys {

    private static final String STAFF = "staff:";

    private BusinessKeys() {
    }

    /** The business key of a process about a member of staff. */
    public static String ofStaff(UUID staffId) {
        return STAFF + staffId;
    }

    /** The young person a business key names, if it names one. */
    public static Optional<UUID> youngPerson(String businessKey) {
        return businessKey == null || businessKey.startsWith(STAFF) ? Optional.empty() : Optional.of(UUID.fromString(businessKey));
    }

    /** The member of staff a business key names, if it names one. */
    public static Optional<UUID> staff(String businessKey) {
        return businessKey != null && businessKey.startsWith(STAFF)
                ? Optional.of(UUID.fromString(businessKey.substring(STAFF.length()))) : Optional.empty();
    }
}
