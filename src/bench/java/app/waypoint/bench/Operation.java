package app.waypoint.bench;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * One kind of request the driver repeats: how to make the next one, which status means it worked, and how many are left. An
 * operation that uses something up (a young person to open a transition for, a task to complete) draws from a queue and is
 * done when it runs dry.
 */
record Operation(String name, Function<ThreadLocalRandom, Optional<HttpRequest>> next, int expectedStatus, IntSupplier left) {

    /** A read repeated with a random one of {@code choices} each time, without end. */
    static <T> Operation reading(String name, List<T> choices, Function<T, HttpRequest> request) {
        return new Operation(name, random -> Optional.of(request.apply(choices.get(random.nextInt(choices.size())))), 200,
                () -> Integer.MAX_VALUE);
    }

    /** A write that uses up one of {@code supply} each time; the window ends early when none is left. */
    static <T> Operation consuming(String name, Queue<T> supply, Function<T, HttpRequest> request, int expectedStatus) {
        return new Operation(name, random -> Optional.ofNullable(supply.poll()).map(request), expectedStatus, supply::size);
    }
}
