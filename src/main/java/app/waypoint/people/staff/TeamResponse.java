package app.waypoint.people.staff;

import java.util.UUID;

public record TeamResponse(UUID id, String name) {
}
