package app.waypoint.tasks.domain.visibility;

import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** Candidate groups: a role ({@code worker}) in a model, and its team-scoped form ({@code worker:<teamId>}) on each task. */
public final class TeamCandidateGroups {

    private TeamCandidateGroups() {
    }

    public static String of(String role, String teamId) {
        return role + ":" + teamId;
    }

    /** The candidate groups of a task's identity links: roles and their team-scoped forms. */
    public static List<String> groups(Collection<? extends IdentityLink> links) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .toList();
    }

    /** The roles a task is offered to ({@code worker}, {@code manager}), without the team-scoped groups. */
    public static List<String> roles(List<String> groups) {
        return groups.stream().filter(group -> !group.contains(":")).toList();
    }
}
