package app.waypoint.engine;

import app.waypoint.shared.ScanPasses;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A nightly scan's step, run as passes ({@link ScanPasses}): the step (asynchronous before, so each pass is a
 * job and a transaction of its own) reads where the last pass stopped, runs one pass, and tells the model whether another is
 * needed ({@code ${moreDue}}, which loops back to the step).
 */
public final class ScanPassStep {

    /** The young person the last pass did last; none before the first pass and after the last. */
    private static final String VAR_RESUME_AFTER = "resumeAfter";
    /** Whether some are left for another pass. */
    private static final String VAR_MORE_DUE = "moreDue";

    private ScanPassStep() {
    }

    public static void run(DelegateExecution execution, Function<Optional<UUID>, ScanPasses.Pass> pass) {
        Optional<UUID> after = Optional.ofNullable((String) execution.getVariable(VAR_RESUME_AFTER)).map(UUID::fromString);
        Optional<UUID> next = pass.apply(after).resumeAfter();
        execution.setVariable(VAR_RESUME_AFTER, next.map(UUID::toString).orElse(null));
        execution.setVariable(VAR_MORE_DUE, next.isPresent());
    }
}
