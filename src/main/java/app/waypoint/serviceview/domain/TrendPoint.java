package app.waypoint.serviceview.domain;

import java.time.LocalDate;

/** A figure on one day, from the daily snapshot, summed over the caller's teams. */
public record TrendPoint(LocalDate day, long counted, long total) {
}
