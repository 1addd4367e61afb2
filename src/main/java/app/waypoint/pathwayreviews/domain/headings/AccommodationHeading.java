package app.waypoint.pathwayreviews.domain.headings;

import app.waypoint.pathwayreviews.domain.headings.HousingActions.HousingAction;
import app.waypoint.people.allocations.VisibilityService;
import app.waypoint.people.staff.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** What the plan's accommodation heading shows beside its text and actions: the housing actions, open and past. */
@ApplicationScoped
public class AccommodationHeading {

    private final HousingActions housing;
    private final VisibilityService visibility;

    AccommodationHeading(HousingActions housing, VisibilityService visibility) {
        this.housing = housing;
        this.visibility = visibility;
    }

    /** The young person's housing actions, newest first; 404 unless the caller may see them. */
    @Transactional
    public List<HousingAction> housingActions(UUID youngPersonId, Caller caller) {
        visibility.requireVisible(youngPersonId, caller);
        return housing.of(youngPersonId);
    }
}
