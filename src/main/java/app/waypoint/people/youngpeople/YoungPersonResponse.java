package app.waypoint.people.youngpeople;

import app.waypoint.people.allocations.AllocationResponse;
import app.waypoint.people.status.CareStatus;
import app.waypoint.people.status.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A young person's record with the status and key dates computed for today; {@code version} is also its ETag, to send back in
 * {@code If-Match} with a change.
 */
public record YoungPersonResponse(UUID id, String localId, String givenName, String familyName, LocalDate dateOfBirth, int age,
                                  CareStatus status, KeyDatesResponse keyDates, UUID teamId, boolean fosterPlacement, Flags flags,
                                  List<CareEpisodeResponse> careEpisodes, List<AllocationResponse> allocations,
                                  long version) {

    public record Flags(boolean uasc, boolean parent, boolean inCustody, boolean disabled) {
    }

    public record CareEpisodeResponse(LocalDate start, LocalDate end, LegalBasis legalBasis) {
    }

    /** The statutory and local anchor dates; {@code eligibleFrom} and {@code needsAssessmentDue} only when eligible. */
    public record KeyDatesResponse(LocalDate transitionOpens, LocalDate sixteenthBirthday, LocalDate eighteenthBirthday,
                                   LocalDate twentyFirstBirthday, LocalDate twentyFifthBirthday, LocalDate eligibleFrom,
                                   LocalDate needsAssessmentDue, LocalDate stayingPutAgreedBy) {
    }
}
