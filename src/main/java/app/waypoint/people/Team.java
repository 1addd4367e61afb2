package app.waypoint.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/**
 * A team of workers under a team manager, e.g. "Leaving care north", with the senior managers its escalations climb to:
 * service manager, head of service (or assistant director), director of children's services.
 */
@Entity
public class Team {

    @Id
    UUID id;
    String name;
    @Column(name = "service_manager_id")
    UUID serviceManagerId;
    @Column(name = "head_of_service_id")
    UUID headOfServiceId;
    @Column(name = "director_id")
    UUID directorId;

    protected Team() {
    }

    Team(String name) {
        this.id = UUID.randomUUID();
        this.name = name;
    }
}
