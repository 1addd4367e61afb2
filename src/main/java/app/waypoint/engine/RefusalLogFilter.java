package app.waypoint.engine;

import app.waypoint.shared.Causes;
import app.waypoint.shared.WaypointException;
import io.quarkus.logging.LoggingFilter;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * The engine logs every exception that ends a command at ERROR (ENGINE-16004), including the rule a step refuses with
 * (a full cohort, an incomplete assessment), which the caller already gets as a 409 or 422. Those are not errors of the
 * service, so they are left out of the log; every other engine error is kept.
 */
@LoggingFilter(name = "engine-refusals")
public final class RefusalLogFilter implements Filter {

    private static final String ENGINE_CONTEXT = "org.camunda.bpm.engine.context";

    @Override
    public boolean isLoggable(LogRecord record) {
        boolean fromEngine = record.getLoggerName() != null && record.getLoggerName().startsWith(ENGINE_CONTEXT);
        return !fromEngine || Causes.find(record.getThrown(), WaypointException.class).isEmpty();
    }
}
