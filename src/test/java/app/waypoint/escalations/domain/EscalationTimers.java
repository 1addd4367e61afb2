package app.waypoint.escalations.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The escalation chains' timers in the database that the replicas of the integration tests share: "moving time" for
 * them, and what they raised, straight from the tables (the API would hide a duplicate's twin).
 */
record EscalationTimers(SharedDatabase database) {

    /**
     * Steps of the chains (the first word of their timer job's configuration, EscalationChains): up to and including the
     * overdue rung, and the service manager rung.
     */
    static final List<String> UNTIL_OVERDUE = List.of("REMINDER", "TEAM_MANAGER");
    static final List<String> UNTIL_SERVICE_MANAGER = List.of("SERVICE_MANAGER");
    /** How long the escalation count must stay unchanged, with no timer left, to count as settled (a few executor cycles). */
    private static final Duration QUIET = Duration.ofSeconds(3);
    /** A chain's step: a timer job of the escalation-step handler, belonging to no process instance. */
    private static final String STEP_JOBS = "type_ = 'timer' and handler_type_ = 'escalation-step' and split_part(handler_cfg_, ' ', 1) in (";

    /**
     * Makes the chains' timers at the given steps due now, again as follow-up timers appear (a reminder's is the overdue
     * timer), until none is left and the number of escalations has reached {@code expected} and stays there for a while;
     * tells {@code progress} the number of escalations at each look.
     */
    void settle(List<String> steps, long expected, Duration within, LongConsumer progress) {
        Instant deadline = Instant.now().plus(within);
        long escalations = -1;
        Instant unchangedSince = Instant.now();
        while (true) {
            makeDue(steps);
            long waiting = timersAt(steps);
            long now = escalations();
            progress.accept(now);
            if (now != escalations) {
                escalations = now;
                unchangedSince = Instant.now();
            }
            if (waiting == 0 && escalations == expected && Duration.between(unchangedSince, Instant.now()).compareTo(QUIET) >= 0) {
                break;
            }
            if (Instant.now().isAfter(deadline)) {
                fail("Not settled after %s: %d timer(s) at %s left, %d escalation(s) of %d expected; failed jobs: %s", within, waiting,
                        steps, escalations, expected, database.strings("select coalesce(exception_msg_, '') from act_ru_job"
                                + " where exception_msg_ is not null"));
            }
            Polling.pause();
        }
        Polling.await("all e-mails delivered", within,
                () -> database.count("select count(*) from waypoint.notification where email_status = 'PENDING'") == 0);
    }

    long escalations() {
        return database.count("select count(*) from waypoint.escalation");
    }

    /** Task id → stage → how many escalation records. */
    Map<String, Map<String, Long>> perTask() {
        Map<String, Map<String, Long>> perTask = new HashMap<>();
        database.rows("select task_id, stage, count(*) from waypoint.escalation group by task_id, stage").forEach(row ->
                perTask.computeIfAbsent(row.get(0), task -> new LinkedHashMap<>()).put(row.get(1), Long.parseLong(row.get(2))));
        return perTask;
    }

    /**
     * Every person an escalation names has its inbox entry, and no event reaches anyone twice (the table's unique
     * constraint guarantees it; this shows that nothing got round it).
     */
    void assertEveryoneToldOnce() {
        assertThat(database.count("select count(*) from waypoint.escalation_recipient r"
                + " join waypoint.escalation e on e.id = r.escalation_id where not exists (select 1 from waypoint.notification n"
                + " where n.event_key = 'escalation:' || e.id and n.recipient_username = r.username)"))
                .as("people named in an escalation but not notified").isZero();
        assertThat(database.strings("select event_key || ' to ' || recipient_username from waypoint.notification"
                + " group by event_key, recipient_username having count(*) > 1")).as("notified twice").isEmpty();
    }

    /** Which replica's job executor ran how many of the engine's jobs: logged, not asserted (the race decides). */
    void logJobsPerHost(String when) {
        System.out.printf("Jobs run per instance %s: %s%n", when, database.rows("select coalesce(hostname_, '?'), process_def_key_,"
                + " count(*) from act_hi_job_log where job_state_ = 2 group by hostname_, process_def_key_ order by 1, 2"));
    }

    /**
     * "Moves time": instead of a clock, each waiting timer job is made due a second before it was created (ACT_RU_JOB,
     * Camunda 7.23). Its creation time was written by the engine in the service's time zone (England's, see WaypointMain)
     * like its due date, so this is in the past for the engine whatever this JVM's time zone; a timer moved once is left alone.
     */
    private void makeDue(List<String> steps) {
        database.update("update act_ru_job set duedate_ = create_time_ - interval '1 second' where duedate_ > create_time_ and "
                + STEP_JOBS + placeholders(steps) + ")", steps.toArray());
    }

    private long timersAt(List<String> steps) {
        return database.count("select count(*) from act_ru_job where " + STEP_JOBS + placeholders(steps) + ")", steps.toArray());
    }

    private static String placeholders(List<?> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }
}
