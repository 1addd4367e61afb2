package app.waypoint.shared;

import java.util.Set;
import java.util.UUID;

/** Id sets bound to a JPQL {@code in} clause, which needs at least one value. */
public final class QueryIds {

    /** The nil UUID: no record has it, so {@code in} over it matches nothing. */
    private static final Set<UUID> NONE = Set.of(new UUID(0, 0));

    private QueryIds() {
    }

    /** {@code ids}, or a set that matches nothing when {@code ids} is empty. */
    public static Set<UUID> forIn(Set<UUID> ids) {
        return ids.isEmpty() ? NONE : ids;
    }
}
