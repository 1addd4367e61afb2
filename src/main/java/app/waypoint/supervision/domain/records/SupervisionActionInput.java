package app.waypoint.supervision.domain.records;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** An action agreed: what, who owns it (a staff username) and by when. Owner and due date are checked as rules (422). */
public record SupervisionActionInput(@Size(max = 1000) String description, @Size(max = 80) String owner, @PlausibleDate LocalDate dueDate) {
}
