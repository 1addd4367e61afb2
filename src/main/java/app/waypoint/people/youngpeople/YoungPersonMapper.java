package app.waypoint.people.youngpeople;

import app.waypoint.calendar.WaypointClock;
import app.waypoint.people.allocations.AllocationService;
import app.waypoint.people.status.Birthdays;
import app.waypoint.people.status.KeyDates;
import app.waypoint.people.status.StatusAssessment;
import app.waypoint.people.youngpeople.YoungPersonResponse.CareEpisodeResponse;
import app.waypoint.people.youngpeople.YoungPersonResponse.Flags;
import app.waypoint.people.youngpeople.YoungPersonResponse.KeyDatesResponse;
import jakarta.enterprise.context.ApplicationScoped;

/** Entities to response records. */
@ApplicationScoped
public class YoungPersonMapper {

    private final AllocationService allocations;
    private final WaypointClock clock;

    YoungPersonMapper(AllocationService allocations, WaypointClock clock) {
        this.allocations = allocations;
        this.clock = clock;
    }

    public YoungPersonResponse toResponse(YoungPerson person, StatusAssessment assessment) {
        return new YoungPersonResponse(person.id, person.localId, person.givenName, person.familyName, person.dateOfBirth,
                Birthdays.age(person.dateOfBirth, clock.today()), assessment.status(), keyDates(assessment.keyDates()), person.teamId,
                person.fosterPlacement, new Flags(person.uasc, person.parent, person.inCustody, person.disabled),
                person.episodes.stream().map(e -> new CareEpisodeResponse(e.startDate, e.endDate, e.legalBasis)).toList(),
                allocations.current(person.id), person.recordVersion);
    }

    YoungPersonSummary toSummary(YoungPerson person, StatusAssessment assessment) {
        return new YoungPersonSummary(person.id, person.localId, person.fullName(), person.dateOfBirth,
                Birthdays.age(person.dateOfBirth, clock.today()), assessment.status());
    }

    private static KeyDatesResponse keyDates(KeyDates dates) {
        return new KeyDatesResponse(dates.transitionOpens(), dates.sixteenth(), dates.eighteenth(), dates.twentyFirst(),
                dates.twentyFifth(), dates.eligibleFrom().orElse(null), dates.needsAssessmentDue().orElse(null),
                dates.stayingPutAgreedBy());
    }
}
