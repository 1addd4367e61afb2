package app.waypoint.people.staff;

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
    public UUID id;
    String name;
    @Column(name = "service_manager_id")
    public UUID serviceManagerId;
    @Column(name = "head_of_service_id")
    public UUID headOfServiceId;
    @Column(name = "director_id")
    public UUID directorId;

    protected Team() {
    }

    Team(String name) {
        this.id = UUID.randomUUID();
        this.name = name;
    }
}
