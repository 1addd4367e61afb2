package app.waypoint.pathwayreviews.domain.headings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The housing actions under the plan's accommodation heading: each homelessness referral, open or past, with its steps. The
 * housing feature answers it (it owns the referrals); the plan only reads them and never copies them into a version.
 */
public interface HousingActions {

    /** The young person's housing actions, newest first. */
    List<HousingAction> of(UUID youngPersonId);

    /** One action: what it is, where it is in words, whether it is still open, and its steps in order. */
    record HousingAction(String what, String state, boolean open, List<HousingStep> steps) {
    }

    /** One step: what it is, when it is due (null if not timed), the day it was done (null until then), and what was recorded. */
    record HousingStep(String what, LocalDate due, LocalDate doneOn, String detail) {
    }
}
