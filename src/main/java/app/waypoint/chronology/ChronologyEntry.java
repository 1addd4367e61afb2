package app.waypoint.chronology;

import java.time.Instant;

/**
 * One thing that happened to a young person: when, what kind, a short title and a detail line to show, who did it (username and
 * name; absent when the system did it), and the id of the record it comes from with the API address to read it ({@code link},
 * absent when there is none).
 */
public record ChronologyEntry(Instant at, ChronologyKind kind, String title, String detail, String by, String byName, String refId,
                              String link) {
}
