package app.waypoint.tasks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.cdi.BusinessProcessEvent;
import org.camunda.bpm.engine.cdi.BusinessProcessEventType;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Offers each new task to its team: a model names the role ({@code worker}, {@code manager}); this adds the team-scoped
 * group {@code worker:<teamId>}, so that an unassigned task is offered to the workers of the young person's team only.
 */
@ApplicationScoped
class TeamCandidateGroups {

    static final String TEAM_ID = "teamId";

    static String of(String role, String teamId) {
        return role + ":" + teamId;
    }

    /** The roles a task is offered to ({@code worker}, {@code manager}), without the team-scoped groups. */
    static List<String> roles(Collection<? extends IdentityLink> links) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .filter(group -> !group.contains(":"))
                .toList();
    }

    void onTaskEvent(@Observes BusinessProcessEvent event) {
        if (event.getType() != BusinessProcessEventType.CREATE_TASK) {
            return;
        }
        DelegateTask task = event.getTask();
        Object teamId = task.getVariable(TEAM_ID);
        if (teamId == null) {
            return;
        }
        roles(task.getCandidates()).forEach(role -> task.addCandidateGroup(of(role, teamId.toString())));
    }
}
