package app.waypoint.serviceview.domain;

import java.time.LocalDate;

/**
 * The period the inspector's list covers: the care leavers (relevant, former relevant or qualifying) at any time from
 * {@code from} to {@code to}, both days included. {@link #today()} is the list as it stands (the stored status today).
 */
public record ListPeriod(LocalDate from, LocalDate to, boolean asked) {

    static ListPeriod today(LocalDate today) {
        return new ListPeriod(today, today, false);
    }
}
