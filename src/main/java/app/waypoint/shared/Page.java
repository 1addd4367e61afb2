package app.waypoint.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items, how many there are in all, and which page of what size this is (pages count from 0). */
public record Page<T>(List<T> items, long total, int page, int size) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, page, size);
    }
}
