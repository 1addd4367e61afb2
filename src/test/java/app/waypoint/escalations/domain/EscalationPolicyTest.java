package app.waypoint.escalations.domain;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.calendar.WorkingCalendar;
import app.waypoint.escalations.domain.EscalationPolicy.Timetable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The chain's timetable on the England & Wales calendar: working days only, bank holidays skipped. */
class EscalationPolicyTest {

    private static final Instant LONG_BEFORE = at(LocalDateTime.of(2026, 1, 5, 9, 0));

    private final EscalationPolicy policy = new EscalationPolicy(config(Map.of()), new WorkingCalendar(Optional::empty));

    @Test
    void shouldEscalateOnTuesdayWhenDueFridayBeforeBankHolidayMonday() {
        // given a task due Friday 28 May 2027, before the spring bank holiday on Monday 31 May
        LocalDate friday = LocalDate.of(2027, 5, 28);

        // when
        Timetable timetable = policy.timetable("Task_AssessNeeds", friday, LONG_BEFORE);

        // then the reminder is 10 working days earlier, and the overdue escalation waits for Tuesday
        assertThat(timetable.reminderAt()).isEqualTo(at(LocalDateTime.of(2027, 5, 14, 8, 0)));
        assertThat(timetable.overdueAt()).isEqualTo(at(LocalDateTime.of(2027, 6, 1, 8, 0)));
        assertThat(timetable.serviceManagerAt()).isEqualTo(at(LocalDateTime.of(2027, 6, 8, 8, 0)));
        assertThat(timetable.headOfServiceAt()).isEqualTo(at(LocalDateTime.of(2027, 6, 15, 8, 0)));
    }

    @Test
    void shouldGiveTheChainsTimersTheSameTimesWhenTheTimetableIsKeptAsOneVariable() {
        // given a timetable whose reminder has already passed (so it has none)
        Timetable timetable = policy.timetable("Task_AssessNeeds", LocalDate.of(2026, 1, 6), LONG_BEFORE);
        ChainTimetables timers = new ChainTimetables();

        // when the chain's model reads it back from its one variable
        String variable = timetable.text();

        // then every timer fires when the policy said, and the reminder is left out
        assertThat(timers.reminderAt(variable)).isNull();
        assertThat(timers.overdueAt(variable).toInstant()).isEqualTo(timetable.overdueAt());
        assertThat(timers.serviceManagerAt(variable).toInstant()).isEqualTo(timetable.serviceManagerAt());
        assertThat(timers.headOfServiceAt(variable).toInstant()).isEqualTo(timetable.headOfServiceAt());
    }

    @Test
    void shouldFireEachStepAtItsTimeThenEndWhenTheChainsJobsCarryTheTimetable() {
        // given a chain whose reminder is still ahead, as its first step's job carries it
        Timetable timetable = policy.timetable("Task_AssessNeeds", LocalDate.of(2027, 5, 28), LONG_BEFORE);
        ChainStep step = ChainStep.ofText(ChainStep.first("chain-1", "task-1", timetable).text());

        // when each step, read back from its job, gives the next
        List<ChainStep> steps = new ArrayList<>();
        for (Optional<ChainStep> next = Optional.of(step); next.isPresent(); next = ChainStep.ofText(next.get().text()).next()) {
            steps.add(next.get());
        }

        // then the reminder, then each rung once, at the policy's times, all of one chain and one task
        assertThat(steps).extracting(ChainStep::kind).containsExactly(ChainStep.Kind.REMINDER, ChainStep.Kind.TEAM_MANAGER,
                ChainStep.Kind.SERVICE_MANAGER, ChainStep.Kind.HEAD_OF_SERVICE);
        assertThat(steps).extracting(ChainStep::at).containsExactly(timetable.reminderAt(), timetable.overdueAt(),
                timetable.serviceManagerAt(), timetable.headOfServiceAt());
        assertThat(steps).allSatisfy(s -> assertThat(List.of(s.chainId(), s.taskId())).containsExactly("chain-1", "task-1"));
    }

    @Test
    void shouldStartTheChainAtTheOverdueRungWhenTheReminderHasPassed() {
        // given a timetable whose reminder time has passed
        Timetable timetable = policy.timetable("Task_AssessNeeds", LocalDate.of(2026, 1, 6), LONG_BEFORE);

        // when the chain starts
        ChainStep first = ChainStep.first("chain-1", "task-1", timetable);

        // then its first step is the overdue rung
        assertThat(first.kind()).isEqualTo(ChainStep.Kind.TEAM_MANAGER);
        assertThat(first.at()).isEqualTo(timetable.overdueAt());
    }

    @Test
    void shouldSkipChristmasAndBoxingDaySubstituteWhenDueOnChristmasEve() {
        // given a task due Thursday 24 December 2026 (Christmas Friday, Boxing Day substitute Monday 28)
        LocalDate christmasEve = LocalDate.of(2026, 12, 24);

        // when
        Timetable timetable = policy.timetable("Task_AssessNeeds", christmasEve, LONG_BEFORE);

        // then
        assertThat(timetable.overdueAt()).isEqualTo(at(LocalDateTime.of(2026, 12, 29, 8, 0)));
        assertThat(timetable.reminderAt()).isEqualTo(at(LocalDateTime.of(2026, 12, 10, 8, 0)));
    }

    @Test
    void shouldSkipEasterWhenDueOnMaundyThursday() {
        // given a task due Thursday 25 March 2027 (Good Friday 26, Easter Monday 29 March)
        LocalDate maundyThursday = LocalDate.of(2027, 3, 25);

        // when
        Timetable timetable = policy.timetable("Task_AssessNeeds", maundyThursday, LONG_BEFORE);

        // then the overdue escalation is on Tuesday 30 March and the next rung 5 working days later
        assertThat(timetable.overdueAt()).isEqualTo(at(LocalDateTime.of(2027, 3, 30, 8, 0)));
        assertThat(timetable.serviceManagerAt()).isEqualTo(at(LocalDateTime.of(2027, 4, 6, 8, 0)));
    }

    @Test
    void shouldLeaveOutReminderWhenItsTimeHasPassed() {
        // given a task due in 3 working days
        Instant wednesdayMorning = at(LocalDateTime.of(2026, 11, 25, 10, 0));

        // when
        Timetable timetable = policy.timetable("Task_AssessNeeds", LocalDate.of(2026, 11, 30), wednesdayMorning);

        // then
        assertThat(timetable.reminderAt()).isNull();
        assertThat(timetable.overdueAt()).isEqualTo(at(LocalDateTime.of(2026, 12, 1, 8, 0)));
    }

    @Test
    void shouldStartOverdueRungAtNextSendingTimeWhenWorkIsAlreadyLate() {
        // given work due long ago, its chain (re)started on a Saturday
        Instant saturday = at(LocalDateTime.of(2026, 11, 28, 15, 0));

        // when
        Timetable timetable = policy.timetable("Task_AssessNeeds", LocalDate.of(2026, 6, 1), saturday);

        // then nothing fires in the past: the overdue rung is Monday morning
        assertThat(timetable.overdueAt()).isEqualTo(at(LocalDateTime.of(2026, 11, 30, 8, 0)));
        assertThat(timetable.serviceManagerAt()).isEqualTo(at(LocalDateTime.of(2026, 12, 7, 8, 0)));
    }

    @Test
    void shouldUseTaskOverridesWhenConfigured() {
        // given a shorter reminder and grace for one kind of task
        EscalationPolicy custom = new EscalationPolicy(config(Map.of("Task_ApproveStayingPut", override(3, 2, true))),
                new WorkingCalendar(Optional::empty));

        // when
        Timetable timetable = custom.timetable("Task_ApproveStayingPut", LocalDate.of(2027, 5, 28), LONG_BEFORE);

        // then
        assertThat(timetable.reminderAt()).isEqualTo(at(LocalDateTime.of(2027, 5, 25, 8, 0)));
        assertThat(timetable.serviceManagerAt()).isEqualTo(at(LocalDateTime.of(2027, 6, 3, 8, 0)));
        assertThat(custom.affectsPlan("Task_ApproveStayingPut")).isTrue();
        assertThat(custom.affectsPlan("Task_CloseTransition")).isFalse();
    }

    private static Instant at(LocalDateTime local) {
        return local.atZone(WaypointClock.ZONE).toInstant();
    }

    private static EscalationConfig config(Map<String, EscalationConfig.TaskPolicy> tasks) {
        return new EscalationConfig() {
            @Override
            public int reminderWorkingDays() {
                return 10;
            }

            @Override
            public int graceWorkingDays() {
                return 5;
            }

            @Override
            public int sendHour() {
                return 8;
            }

            @Override
            public Map<String, TaskPolicy> tasks() {
                return tasks;
            }
        };
    }

    private static EscalationConfig.TaskPolicy override(int reminder, int grace, boolean affectsPlan) {
        return new EscalationConfig.TaskPolicy() {
            @Override
            public Optional<Boolean> enabled() {
                return Optional.empty();
            }

            @Override
            public Optional<Integer> reminderWorkingDays() {
                return Optional.of(reminder);
            }

            @Override
            public Optional<Integer> graceWorkingDays() {
                return Optional.of(grace);
            }

            @Override
            public Optional<Boolean> affectsPlan() {
                return Optional.of(affectsPlan);
            }
        };
    }
}
