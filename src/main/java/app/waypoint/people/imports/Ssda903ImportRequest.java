package app.waypoint.people.imports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * The SSDA903 tables to import, each the text of its CSV file in the DfE's layout (any may be left out): {@code header}
 * and {@code episodes} create young people with their care history in {@code teamId}; {@code oc3} seeds in touch, activity and
 * accommodation on each care leaver's birthday in the collection year ending 31 March of {@code collectionYear} (default the
 * last complete one).
 */
public record Ssda903ImportRequest(
        @NotNull UUID teamId,
        @Size(max = Ssda903ImportRequest.MAX_FILE) String header,
        @Size(max = Ssda903ImportRequest.MAX_FILE) String episodes,
        @Size(max = Ssda903ImportRequest.MAX_FILE) String oc3,
        @Min(2000) @Max(2100) Integer collectionYear) {

    /** Characters in one file; the body as a whole is held to {@code quarkus.http.limits.max-body-size} first. */
    static final int MAX_FILE = 4_000_000;
}
