package app.waypoint.contacttimetable.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Set;

/**
 * The numbers of the contact timetable a council tunes ({@code waypoint.contact-timetable.*}); the reg 8 visits (7 days after a
 * move, then every 2 months) are statute and live in {@link ContactTimetable}.
 */
@ConfigMapping(prefix = "waypoint.contact-timetable")
public interface ContactTimetableConfig {

    /** [L] a relevant child (16 or 17, left care) not in council-provided accommodation is in touch at least every this many weeks. */
    @WithDefault("8")
    int relevantWeeks();

    /** [L] a former relevant care leaver not in council-provided accommodation: at least every this many weeks. */
    @WithDefault("8")
    int formerRelevantWeeks();

    /** [L] a qualifying care leaver (s24: lighter duties, advice and assistance): at least every this many weeks. */
    @WithDefault("12")
    int qualifyingWeeks();

    /**
     * [L] The SSDA903 accommodation categories (letters) that count as accommodation the council provides, so that reg 8 visits
     * apply: residential (C), semi-independent (D), supported lodgings (E), foyers (T), emergency accommodation (V), bed and
     * breakfast (W) and former foster carers, staying put (Z).
     */
    @WithDefault("C,D,E,T,V,W,Z")
    Set<String> councilProvidedCategories();
}
