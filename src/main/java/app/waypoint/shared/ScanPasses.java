package app.waypoint.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long one pass of a nightly scan works ({@code waypoint.scans.pass-seconds}), and for how many young people at most
 * ({@code waypoint.scans.pass-size}), before it hands the rest to the next pass, a job of its own (README "Performance", "The
 * nightly scans in passes"). A scan's job runs in a transaction that the transaction manager ends after 60 s, and is held by its
 * replica for the job executor's lock time (2 minutes), after which another may run it again beside it; so however many young
 * people are due at once, no pass outlives either. A pass works through the young people due in the order of their ids, from
 * after the one the last pass did last, so every pass gets further, even one that finds nothing to do for those it looks at.
 * Tests make a pass 2 young people long, so that a scan test with more walks the model's loop.
 */
@ApplicationScoped
public class ScanPasses {

    /** The order of the young people's ids in a scan's passes: PostgreSQL's (the bytes unsigned), as a query's {@code order by id}. */
    private static final Comparator<UUID> ORDER = Comparator.comparing(UUID::getMostSignificantBits, Long::compareUnsigned)
            .thenComparing(UUID::getLeastSignificantBits, Long::compareUnsigned);

    private final Duration length;
    private final int size;

    ScanPasses(@ConfigProperty(name = "waypoint.scans.pass-seconds", defaultValue = "30") int seconds,
               @ConfigProperty(name = "waypoint.scans.pass-size", defaultValue = "2000") int size) {
        this.length = Duration.ofSeconds(seconds);
        this.size = size;
    }

    /** What a pass did: the young people it acted for, and the one it did last when some are left for the next pass. */
    public record Pass(List<UUID> actedFor, Optional<UUID> resumeAfter) {
    }

    /**
     * One pass: works out who is {@code due}, then does {@code act} for each whose young person comes after {@code after}, in order,
     * until the pass's time (counted from its start) is up or it has done its number ({@code act} answers whether it did
     * something for them: started a process, say).
     */
    public <T> Pass work(Supplier<List<T>> due, Function<T, UUID> youngPersonOf, Optional<UUID> after, Predicate<T> act) {
        long deadline = System.nanoTime() + length.toNanos();
        List<T> left = due.get().stream()
                .filter(item -> after.isEmpty() || ORDER.compare(youngPersonOf.apply(item), after.get()) > 0)
                .sorted(Comparator.comparing(youngPersonOf, ORDER))
                .toList();
        List<UUID> actedFor = new ArrayList<>();
        for (int i = 0; i < left.size(); i++) {
            UUID youngPersonId = youngPersonOf.apply(left.get(i));
            if (act.test(left.get(i))) {
                actedFor.add(youngPersonId);
            }
            if (i + 1 < left.size() && (i + 1 >= size || System.nanoTime() - deadline >= 0)) {
                return new Pass(actedFor, Optional.of(youngPersonId));
            }
        }
        return new Pass(actedFor, Optional.empty());
    }

    /** Every pass of a scan one after the other, in the caller's thread (a scan asked for by hand, or a test); whom they acted for. */
    public static List<UUID> untilDone(Function<Optional<UUID>, Pass> pass) {
        List<UUID> actedFor = new ArrayList<>();
        Optional<UUID> after = Optional.empty();
        do {
            Pass done = pass.apply(after);
            actedFor.addAll(done.actedFor());
            after = done.resumeAfter();
        } while (after.isPresent());
        return actedFor;
    }
}
