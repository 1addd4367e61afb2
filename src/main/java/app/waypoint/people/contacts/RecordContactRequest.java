package app.waypoint.people.contacts;

import app.waypoint.shared.PlausibleDate;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A contact that happened or was attempted: the day (not in the future), how, an optional note, the outcome (made when not
 * given), and why it is recorded late (needed once the council's threshold of working days has passed since the day).
 */
public record RecordContactRequest(@NotNull @PlausibleDate LocalDate contactOn, @NotNull ContactKind kind, @Size(max = 2000) String note,
                                   ContactOutcome outcome, @Size(max = 2000) String lateReason) {

    /** A contact recorded in time (no reason for lateness). */
    public RecordContactRequest(LocalDate contactOn, ContactKind kind, String note, ContactOutcome outcome) {
        this(contactOn, kind, note, outcome, null);
    }

    /** A contact made. */
    public RecordContactRequest(LocalDate contactOn, ContactKind kind, String note) {
        this(contactOn, kind, note, ContactOutcome.MADE);
    }
}
