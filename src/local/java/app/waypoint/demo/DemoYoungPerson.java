package app.waypoint.demo;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.pathwayreviews.domain.headings.PlanHeadings;
import app.waypoint.pathwayreviews.domain.plan.ActionStatus;
import app.waypoint.pathwayreviews.domain.plan.PathwayPlanService;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.ActionInput;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest.HeadingInput;
import app.waypoint.pathwayreviews.domain.plan.SavePlanDraftRequest;
import app.waypoint.pathwayreviews.domain.plan.SignOffRequest;
import app.waypoint.people.staff.Caller;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import app.waypoint.youngpersonview.domain.access.YoungPersonAccessService;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The demo young person of the local demo (README "The young person's view"): Leah Brooks (N-3001), invited with
 * leah@example.org, with a signed-off plan; she signs in at /me with the demo code. Runs after the demo council is loaded.
 */
@ApplicationScoped
class DemoYoungPerson {

    static final String EMAIL = "leah@example.org";

    private final YoungPersonService youngPeople;
    private final YoungPersonAccessService access;
    private final PathwayPlanService plans;
    private final StaffService staff;
    private final WaypointClock clock;
    private final boolean enabled;

    DemoYoungPerson(YoungPersonService youngPeople, YoungPersonAccessService access, PathwayPlanService plans, StaffService staff,
                    WaypointClock clock, @ConfigProperty(name = "waypoint.demo.enabled") boolean enabled) {
        this.youngPeople = youngPeople;
        this.access = access;
        this.plans = plans;
        this.staff = staff;
        this.clock = clock;
        this.enabled = enabled;
    }

    void load(@Observes @Priority(3000) StartupEvent startup) {
        if (!enabled) {
            return;
        }
        youngPeople.byLocalId("N-3001").map(name -> name.id()).ifPresent(this::invite);
    }

    private void invite(UUID leah) {
        Caller manager = staff.callerFor("maya.manager").orElseThrow();
        if (access.access(leah, manager).invited()) {
            return;
        }
        LocalDate today = clock.today();
        HeadingInput none = null;
        plans.saveDraft(leah, new SavePlanDraftRequest("I want to do an apprenticeship and keep my flat.", new PlanHeadings<>(
                heading(new ActionInput(null, "Meet Pat every two weeks to talk about how things are going", "pat.adviser",
                        today.plusDays(14), ActionStatus.OPEN)),
                heading(new ActionInput(null, "Help you apply for the bricklaying apprenticeship at Northgate College", "pat.adviser",
                        today.plusDays(30), ActionStatus.OPEN)),
                none,
                new HeadingInput("If the apprenticeship falls through, Pat helps Leah find a college course.", List.of()),
                heading(new ActionInput(null, "Get the heating in your flat fixed", "maya.manager",
                        today.plusDays(10), ActionStatus.OPEN)),
                none,
                heading(new ActionInput(null, "Book you a place on the cooking on a budget course", "pat.adviser", today.plusDays(45),
                        ActionStatus.OPEN)),
                heading(new ActionInput(null, "Pay your £2,000 bursary for the course", "maya.manager",
                        today.plusDays(21), ActionStatus.OPEN)),
                none, none)), manager);
        plans.signOff(leah, new SignOffRequest("Agreed with Leah at her review."), manager);
        access.invite(leah, EMAIL, manager);
        Log.info("The demo young person Leah Brooks can sign in at /me with leah@example.org and the demo code");
    }

    private static HeadingInput heading(ActionInput action) {
        return new HeadingInput(null, List.of(action));
    }
}
