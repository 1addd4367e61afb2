package app.waypoint.youngpersonview.domain.visible;

import app.waypoint.pathwayreviews.domain.plan.PathwayPlanResponse;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.PlanStatus;
import app.waypoint.pathwayreviews.domain.plan.PlanVersionSummary;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffRole;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** The young person's last signed-off plan, read on their behalf: the only plan their pages show or let them answer about. */
@ApplicationScoped
public class TheirPlan {

    /** Reads a young person's own plan on their behalf: used only here, with the id from their session. */
    private static final Caller READER = new Caller(null, "young-person-view", StaffRole.ADMIN, null);

    private final PathwayPlanService plans;

    TheirPlan(PathwayPlanService plans) {
        this.plans = plans;
    }

    public Optional<PathwayPlanResponse> lastSignedOff(UUID youngPersonId) {
        return plans.versions(youngPersonId, READER).stream().filter(v -> v.status() == PlanStatus.SIGNED_OFF).findFirst()
                .map(PlanVersionSummary::version).map(version -> plans.version(youngPersonId, version, READER));
    }
}
