package app.waypoint.escalations.domain;

import app.waypoint.escalations.domain.EscalationPolicy.Timetable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The next step of one task's escalation chain, as its timer job carries it (the job's handler configuration,
 * {@link #text()}): which step, the chain it belongs to, the task it watches and the chain's whole timetable, so that
 * the step, once fired, can schedule the one after it without reading anything else.
 */
record ChainStep(Kind kind, String chainId, String taskId, Timetable timetable) {

    /** The steps in the order they fire; the reminder is absent from a timetable whose reminder time had passed. */
    enum Kind {
        REMINDER(Timetable::reminderAt, null),
        TEAM_MANAGER(Timetable::overdueAt, EscalationStage.TEAM_MANAGER),
        SERVICE_MANAGER(Timetable::serviceManagerAt, EscalationStage.SERVICE_MANAGER),
        HEAD_OF_SERVICE(Timetable::headOfServiceAt, EscalationStage.HEAD_OF_SERVICE);

        private final Function<Timetable, Instant> time;
        private final EscalationStage stage;

        Kind(Function<Timetable, Instant> time, EscalationStage stage) {
            this.time = time;
            this.stage = stage;
        }

        /** The rung this step raises; empty for the reminder. */
        Optional<EscalationStage> stage() {
            return Optional.ofNullable(stage);
        }
    }

    /** The chain's first step: its reminder, or its overdue rung when the reminder's time has passed. */
    static ChainStep first(String chainId, String taskId, Timetable timetable) {
        return following(-1, chainId, taskId, timetable).orElseThrow();
    }

    /** The step after this one; empty after the head of service. */
    Optional<ChainStep> next() {
        return following(kind.ordinal(), chainId, taskId, timetable);
    }

    /** When this step fires. */
    Instant at() {
        return kind.time.apply(timetable);
    }

    /** Words separated by spaces: kind, chain id, task id, then the timetable's four instants ({@link Timetable#text()}). */
    String text() {
        return String.join(" ", kind.name(), chainId, taskId, timetable.text());
    }

    static ChainStep ofText(String text) {
        String[] words = text.split(" ", 4);
        return new ChainStep(Kind.valueOf(words[0]), words[1], words[2], Timetable.ofText(words[3]));
    }

    private static Optional<ChainStep> following(int after, String chainId, String taskId, Timetable timetable) {
        return Arrays.stream(Kind.values()).skip(after + 1L).filter(kind -> kind.time.apply(timetable) != null).findFirst()
                .map(kind -> new ChainStep(kind, chainId, taskId, timetable));
    }
}
