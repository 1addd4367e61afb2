package app.waypoint.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The configured history level (full), less what no one reads (README "Performance", "History"):
 * <ul>
 * <li>processes that are machinery, not casework: the escalation chain that watches each task's deadline keeps what it does
 * in our own tables (escalation, escalation_chain), so the engine writes no history of it. That saves about 35 statements
 * per completion (its variables, activities, timer job log, and the 13 updates that stamp a finished instance's history with
 * its removal time); and the jobs of our own job handlers (the escalation chains' steps, one timer job per chain since V88),
 * whose job log would be a row per step;</li>
 * <li>the detail of every variable change ({@code ACT_HI_DETAIL}; a variable's history, {@code ACT_HI_VARINST}, keeps its
 * value) and the history of candidate groups and assignees ({@code ACT_HI_IDENTITYLINK}; who completed, claimed or assigned
 * a task is in the user operation log, and who was offered it is the model's role in the team): one insert per form value,
 * per candidate group and per assignment, read by nothing in Waypoint.</li>
 * </ul>
 * Same id and name as the level it wraps, so an existing database's history level check still passes.
 */
final class CaseworkHistory implements HistoryLevel {

    private static final Set<HistoryEventType> UNREAD = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.IDENTITY_LINK_DELETE);

    private final HistoryLevel level;
    private final Set<String> machinery;
    private final Set<String> machineryJobs;

    CaseworkHistory(HistoryLevel level, Set<String> machinery, Set<String> machineryJobs) {
        this.level = level;
        this.machinery = machinery;
        this.machineryJobs = machineryJobs;
    }

    @Override
    public int getId() {
        return level.getId();
    }

    @Override
    public String getName() {
        return level.getName();
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return level.isHistoryEventProduced(eventType, entity) && !UNREAD.contains(eventType) && !isMachinery(definitionIdOf(entity))
                && !(entity instanceof JobEntity job && machineryJobs.contains(job.getJobHandlerType()));
    }

    private boolean isMachinery(String processDefinitionId) {
        return processDefinitionId != null && machinery.stream().anyMatch(key -> processDefinitionId.startsWith(key + ":"));
    }

    private static String definitionIdOf(Object entity) {
        if (entity instanceof ExecutionEntity execution) {
            return execution.getProcessDefinitionId();
        }
        if (entity instanceof VariableInstanceEntity variable) {
            return variable.getProcessDefinitionId();
        }
        if (entity instanceof JobEntity job) {
            return job.getProcessDefinitionId();
        }
        if (entity instanceof IncidentEntity incident) {
            return incident.getProcessDefinitionId();
        }
        return null;
    }
}
