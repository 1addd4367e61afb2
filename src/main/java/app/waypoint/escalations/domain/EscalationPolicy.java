package app.waypoint.escalations.domain;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.escalations.domain.EscalationConfig.TaskPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When each step of a task's escalation chain happens. Everything goes out at the configured hour of a working day:
 * the reminder N working days before the due day; the overdue escalation (team manager) on the first working day after
 * the due day; each further rung a grace period of working days later. A chain started for work that is already late
 * (opened late, reassigned, re-dated) starts its overdue rung at the next sending time, never in the past.
 */
@ApplicationScoped
class EscalationPolicy {

    private final EscalationConfig config;
    private final WorkingCalendar calendar;

    EscalationPolicy(EscalationConfig config, WorkingCalendar calendar) {
        this.config = config;
        this.calendar = calendar;
    }

    boolean enabled(String taskKey) {
        return policy(taskKey).flatMap(TaskPolicy::enabled).orElse(true);
    }

    boolean affectsPlan(String taskKey) {
        return policy(taskKey).flatMap(TaskPolicy::affectsPlan).orElse(false);
    }

    /** The chain's timetable for a task due on {@code dueDay}; the reminder is left out once its time has passed. */
    Timetable timetable(String taskKey, LocalDate dueDay, Instant now) {
        int reminderDays = policy(taskKey).flatMap(TaskPolicy::reminderWorkingDays).orElse(config.reminderWorkingDays());
        int grace = policy(taskKey).flatMap(TaskPolicy::graceWorkingDays).orElse(config.graceWorkingDays());
        Instant reminder = at(calendar.minusWorkingDays(dueDay, reminderDays));
        LocalDate overdueDay = latest(calendar.plusWorkingDays(dueDay, 1), firstSendingDay(now));
        return new Timetable(reminder.isAfter(now) ? reminder : null,
                at(overdueDay),
                at(calendar.plusWorkingDays(overdueDay, grace)),
                at(calendar.plusWorkingDays(overdueDay, 2 * grace)));
    }

    /** Today if it is a working day whose sending hour is still ahead, otherwise the next working day. */
    private LocalDate firstSendingDay(Instant now) {
        LocalDate today = WaypointClock.dayOf(now);
        return calendar.isWorkingDay(today) && at(today).isAfter(now) ? today : calendar.plusWorkingDays(today, 1);
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one.isAfter(other) ? one : other;
    }

    private Instant at(LocalDate day) {
        return ZonedDateTime.of(day, LocalTime.of(config.sendHour(), 0), WaypointClock.ZONE).toInstant();
    }

    private Optional<TaskPolicy> policy(String taskKey) {
        return Optional.ofNullable(config.tasks().get(taskKey));
    }

    /** When the reminder (absent if already past) and each rung of the chain fire. */
    record Timetable(Instant reminderAt, Instant overdueAt, Instant serviceManagerAt, Instant headOfServiceAt) {

        private static final String NONE = "-";

        /**
         * The chain's one process variable: the four instants in order, separated by spaces, {@code -} for none. One
         * variable rather than four saves three inserts when a chain starts and three deletes when it stops.
         */
        String text() {
            return Stream.of(reminderAt, overdueAt, serviceManagerAt, headOfServiceAt)
                    .map(instant -> instant == null ? NONE : instant.toString())
                    .collect(Collectors.joining(" "));
        }

        static Timetable ofText(String text) {
            Instant[] instants = Arrays.stream(text.split(" ")).map(word -> NONE.equals(word) ? null : Instant.parse(word))
                    .toArray(Instant[]::new);
            return new Timetable(instants[0], instants[1], instants[2], instants[3]);
        }
    }
}
