package app.waypoint.people.contacts;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Late recording over a period (contacts recorded from {@code from} to {@code to}, both days included): per team and per
 * member of staff who recorded them, how many were recorded, how many more than {@code thresholdWorkingDays} working days after
 * the contact (late), and the median and longest delay in working days.
 */
public record LateRecordingReport(LocalDate from, LocalDate to, int thresholdWorkingDays, List<TeamFigures> teams,
                                  List<WorkerFigures> workers) {

    /** A team's totals. */
    public record TeamFigures(UUID teamId, String team, long recorded, long late, double medianWorkingDays, int maxWorkingDays) {
    }

    /** One member of staff's figures (their current team). */
    public record WorkerFigures(String username, String name, UUID teamId, String team, long recorded, long late,
                                double medianWorkingDays, int maxWorkingDays) {
    }
}
