package app.waypoint.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

/**
 * The configured history level (full), except for processes that are machinery, not casework: the escalation chain that
 * watches each task's deadline keeps what it does in our own tables (escalation, escalation_chain), so the engine writes no
 * history of it. That saves about 35 statements per completion (its variables, activities, timer job log, and the 13 updates
 * that stamp a finished instance's history with its removal time; README "Performance"). Same id and name as the level it
 * wraps, so an existing database's history level check still passes.
 */
final class MachineryWithoutHistory implements HistoryLevel {

    private final HistoryLevel level;
    private final Set<String> machinery;

    MachineryWithoutHistory(HistoryLevel level, Set<String> machinery) {
        this.level = level;
        this.machinery = machinery;
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
        return level.isHistoryEventProduced(eventType, entity) && !isMachinery(definitionIdOf(entity));
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
