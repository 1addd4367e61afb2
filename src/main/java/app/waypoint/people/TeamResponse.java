package app.waypoint.people;

import java.util.UUID;

public record TeamResponse(UUID id, String name) {
}
