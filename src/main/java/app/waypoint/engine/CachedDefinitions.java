package app.waypoint.engine;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionManager;

/**
 * The engine's process definition manager, except that a definition asked for by its id comes from the engine's deployment
 * cache when it is there. The engine read the definition's row ({@code select * from ACT_RE_PROCDEF where ID_ = ?}) once in
 * every command that touched an execution or a task (a completion, a start, a page of tasks, each job), only to look up the
 * cached definition by it and copy the row's suspension state onto it (README "Performance": one round trip of each).
 * <p>
 * That copy is what this leaves out: a definition suspended after it was cached would not be seen as suspended. Waypoint never
 * suspends a process definition (it has no such action, and deploys new versions instead); if it ever does, this must go.
 * A definition not in the cache (not yet deployed on this replica, or evicted) is read as before.
 */
final class CachedDefinitions extends ProcessDefinitionManager {

    @Override
    public ProcessDefinitionEntity findLatestDefinitionById(String id) {
        ProcessDefinitionEntity cached = Context.getProcessEngineConfiguration().getDeploymentCache().findProcessDefinitionFromCache(id);
        return cached != null ? cached : super.findLatestDefinitionById(id);
    }

    /** Opens this manager in each command in place of the engine's own. */
    static final class Factory implements SessionFactory {

        @Override
        public Class<?> getSessionType() {
            return ProcessDefinitionManager.class;
        }

        @Override
        public Session openSession() {
            return new CachedDefinitions();
        }
    }
}
