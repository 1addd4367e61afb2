package app.waypoint.serviceview.domain;

import java.util.UUID;

/**
 * A row behind a figure: the young person (or member of staff) it is about, their local id (or username), team, the row's group in
 * words, whether the rule counts it, and its days where the figure has them.
 */
public record FigureMember(UUID id, String subject, String name, String reference, String team, String group, boolean counted, Integer days) {
}
