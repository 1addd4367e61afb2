package app.waypoint.web.youngpeople;

import java.util.List;
import java.util.UUID;

/** A young person's key facts beside a task: who, how old, their status, the dates that drive deadlines, who works with them. */
public record YoungPersonCard(UUID id, String name, String localId, String dateOfBirth, int age, String status, List<Fact> keyDates,
                       List<Fact> allocated) {

    /** A labelled value. */
    record Fact(String label, String value) {
    }
}
