package app.waypoint.pathwayreviews.domain.review;

import app.waypoint.people.allocations.AllocationKind;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.staff.StaffResponse;
import app.waypoint.people.staff.StaffRole;
import app.waypoint.people.staff.StaffService;
import app.waypoint.people.youngpeople.YoungPersonService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The review record (the IRO's minutes) shared after a pathway review, as the domain notes ask after Trafford 2018: its
 * distribution list (the young person, their personal adviser, the team manager) named for the chair's task, and the day it was
 * shared and with whom, kept on the review.
 */
@ApplicationScoped
public class ReviewRecordSharing {

    /** The names on the distribution list as the share task shows them (in words when nobody holds the role). */
    public record Distribution(String youngPerson, String adviser, String manager) {
    }

    private final PathwayReviewRepository reviews;
    private final YoungPersonService youngPeople;
    private final AllocationService allocations;
    private final StaffService staff;

    ReviewRecordSharing(PathwayReviewRepository reviews, YoungPersonService youngPeople, AllocationService allocations, StaffService staff) {
        this.reviews = reviews;
        this.youngPeople = youngPeople;
        this.allocations = allocations;
        this.staff = staff;
    }

    /** The young person's distribution list today: their name, their personal adviser's, and their team's manager's. */
    @Transactional
    public Distribution distribution(UUID youngPersonId) {
        var facts = youngPeople.facts(youngPersonId);
        String adviser = allocations.allocatedUsername(youngPersonId, AllocationKind.PERSONAL_ADVISER).map(this::name)
                .orElse("no personal adviser allocated");
        String manager = staff.teamMembers(facts.teamId()).stream().filter(member -> member.role() == StaffRole.MANAGER)
                .filter(member -> member.disabledAt() == null).map(StaffResponse::displayName).findFirst().orElse("no team manager");
        return new Distribution(facts.name(), adviser, manager);
    }

    /** Keeps the day the record was shared and the names it was shared with (those ticked of the distribution list). */
    @Transactional
    public void recordShared(UUID reviewId, LocalDate sharedOn, Distribution distribution, boolean youngPerson, boolean adviser,
                             boolean manager, String username) {
        List<String> with = new ArrayList<>();
        if (youngPerson) {
            with.add(distribution.youngPerson() + " (young person)");
        }
        if (adviser) {
            with.add(distribution.adviser() + " (personal adviser)");
        }
        if (manager) {
            with.add(distribution.manager() + " (team manager)");
        }
        reviews.findById(reviewId).recordShared(sharedOn, with.isEmpty() ? null : String.join(", ", with), username);
    }

    private String name(String username) {
        return staff.byUsername(username).map(StaffResponse::displayName).orElse(username);
    }
}
