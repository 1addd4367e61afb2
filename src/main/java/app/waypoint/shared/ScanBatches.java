package app.waypoint.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many young people a nightly scan reads or checks at a time ({@code waypoint.scans.batch-size}), so that a scan's memory
 * and each statement's size stay the same at any number of young people (README "Performance", "The nightly scans at national
 * scale"). Tests use batches of 2, so that every scan test crosses a batch's end.
 */
@ApplicationScoped
public class ScanBatches {

    private final int size;

    ScanBatches(@ConfigProperty(name = "waypoint.scans.batch-size", defaultValue = "500") int size) {
        this.size = size;
    }

    public int size() {
        return size;
    }

    /** The list cut into consecutive batches (views of it), in order. */
    public <T> List<List<T>> of(List<T> all) {
        List<List<T>> batches = new ArrayList<>();
        for (int from = 0; from < all.size(); from += size) {
            batches.add(all.subList(from, Math.min(from + size, all.size())));
        }
        return batches;
    }
}
