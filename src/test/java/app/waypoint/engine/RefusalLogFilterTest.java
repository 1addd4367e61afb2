package app.waypoint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import app.waypoint.shared.ConflictException;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class RefusalLogFilterTest {

    private final RefusalLogFilter filter = new RefusalLogFilter();

    @Test
    void shouldLeaveOutTheEngineErrorForARuleAStepRefusedWith() {
        LogRecord refused = engineError(new ProcessEngineException("step failed", new ConflictException("cohort-full", "The cohort is full.")));

        assertThat(filter.isLoggable(refused)).isFalse();
    }

    @Test
    void shouldKeepEveryOtherEngineErrorAndOurOwnLogs() {
        LogRecord failure = engineError(new ProcessEngineException("database gone", new IllegalStateException("connection refused")));
        LogRecord ours = new LogRecord(Level.SEVERE, "refused");
        ours.setLoggerName("app.waypoint.houseproject.domain.membership.HouseProjectService");
        ours.setThrown(new ConflictException("cohort-full", "The cohort is full."));

        assertThat(filter.isLoggable(failure)).isTrue();
        assertThat(filter.isLoggable(ours)).isTrue();
    }

    private static LogRecord engineError(Throwable thrown) {
        LogRecord record = new LogRecord(Level.SEVERE, "ENGINE-16004 Exception while closing command context");
        record.setLoggerName("org.camunda.bpm.engine.context");
        record.setThrown(thrown);
        return record;
    }
}
