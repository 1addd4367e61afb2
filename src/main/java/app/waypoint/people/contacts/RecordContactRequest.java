package app.waypoint.people.contacts;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** A contact that happened or was attempted: the day (not in the future), how, an optional note, and the outcome (made when not given). */
public record RecordContactRequest(@NotNull @PlausibleDate LocalDate contactOn, @NotNull ContactKind kind, @Size(max = 2000) String note,
                                   ContactOutcome outcome) {

    /** A contact made. */
    public RecordContactRequest(LocalDate contactOn, ContactKind kind, String note) {
        this(contactOn, kind, note, ContactOutcome.MADE);
    }
}
