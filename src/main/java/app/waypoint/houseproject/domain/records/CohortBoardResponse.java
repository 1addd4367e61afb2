package app.waypoint.houseproject.domain.records;

import java.util.List;
import java.util.UUID;

/**
 * A cohort at a glance (domain notes §2d): where each member is, what is overdue, and the homes waiting for keys. Lists only
 * the members the caller may see; {@code hiddenMembers} counts the others.
 */
public record CohortBoardResponse(CohortResponse cohort, List<Member> members, List<HomeWaitingForKeys> homesWaitingForKeys,
                                  int hiddenMembers) {

    /** One member: their status, the steps they are at, the overdue ones, and their attendance at the weekly sessions. */
    public record Member(UUID youngPersonId, String localId, String name, MembershipStatus status, List<StepResponse> currentSteps,
                         List<StepResponse> overdueSteps, long sessionsAttended, long sessionsRecorded) {
    }

    /** A property found suitable that the young person has not yet moved into, and the step they are at. */
    public record HomeWaitingForKeys(UUID youngPersonId, String name, String propertyAddress, String housingProvider,
                                     Integer settingUpSpent, String currentStep) {
    }
}
