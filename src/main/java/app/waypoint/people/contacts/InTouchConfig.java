package app.waypoint.people.contacts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * When a young person is possibly not in touch ({@link InTouchRule}), and how the lost-touch workflow keeps trying:
 * {@code waypoint.in-touch.*}. Keeping in touch and trying to re-establish contact is a duty (Children Act 1989 ss23B(1),
 * 23C(2)); the numbers are local practice [L].
 */
@ConfigMapping(prefix = "waypoint.in-touch")
public interface InTouchConfig {

    /** [L] this many failed attempts in a row, since the last contact made, make a young person possibly not in touch. */
    @WithDefault("2")
    int failedAttempts();

    /** [L] no contact made for more than this many days (8 weeks) makes a young person possibly not in touch. */
    @WithDefault("56")
    int daysWithoutContact();

    /** [L] the worker makes the re-engagement plan within this many working days of the flag. */
    @WithDefault("5")
    int planWorkingDays();

    /** [L] while not in touch, the worker is asked to try again every this many days (the duty continues). */
    @WithDefault("28")
    int tryAgainDays();
}
