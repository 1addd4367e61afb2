package app.waypoint.people;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** A team of workers under one team manager, e.g. "Leaving care north". */
@Entity
public class Team {

    @Id
    UUID id;
    String name;

    protected Team() {
    }

    Team(String name) {
        this.id = UUID.randomUUID();
        this.name = name;
    }
}
