package app.waypoint.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.cdi.impl.event.CdiEventSupportBpmnParseListener;
import org.camunda.bpm.engine.impl.el.CommandContextFunctions;
import org.camunda.bpm.engine.impl.el.DateTimeFunctions;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.camunda.bpm.quarkus.engine.extension.QuarkusProcessEngineConfiguration;

/**
 * The engine's configuration: the extension's defaults (plus {@code quarkus.camunda.*} properties), with an expression
 * manager under which models can call bean methods, e.g. {@code ${transitionSchedule.needsAssessmentDue(youngPersonId)}}, and
 * the history casework needs (none for the escalation chains, no detail nobody reads), and the features' own job handlers
 * (beans implementing {@link OwnJobHandler}, e.g. the escalation chains' steps): machinery, so their jobs write no history;
 * and process definitions found by id in the engine's deployment cache, not read again in each command ({@link CachedDefinitions});
 * and the features' {@link UserTaskListener}s on every user task, in place of Camunda's CDI event bridge.
 */
class EngineConfiguration {

    /** Processes that are machinery rather than casework: no engine history (see {@link CaseworkHistory}). */
    private static final Set<String> MACHINERY = Set.of("TaskEscalationProcess");

    @Produces
    @ApplicationScoped
    QuarkusProcessEngineConfiguration processEngineConfiguration(@Any Instance<OwnJobHandler> ownJobHandlers, @Any Instance<UserTaskListener> taskListeners) {
        List<JobHandler> handlers = new ArrayList<>(ownJobHandlers.stream().map(OwnJobHandlerAdapter::new).toList());
        Set<String> machineryJobs = handlers.stream().map(JobHandler::getType).collect(Collectors.toUnmodifiableSet());
        QuarkusProcessEngineConfiguration configuration = new QuarkusProcessEngineConfiguration() {
            @Override
            protected void init() {
                // the extension adds Camunda's CDI event bridge to every configuration; Waypoint hears user tasks through its own
                // listeners (UserTaskEvents) and nothing else of the bridge's events
                postParseListeners.removeIf(CdiEventSupportBpmnParseListener.class::isInstance);
                super.init();
            }

            @Override
            public void initHistoryLevel() {
                super.initHistoryLevel();
                historyLevel = new CaseworkHistory(historyLevel, MACHINERY, machineryJobs);
            }

            @Override
            protected void initExpressionManager() {
                // the CDI configuration would install Camunda's CdiExpressionManager; ours differs only in bean resolution,
                // and carries the same functions the engine registers on its default manager
                expressionManager = new ArcExpressionManager();
                expressionManager.addFunction(CommandContextFunctions.CURRENT_USER,
                        ReflectUtil.getMethod(CommandContextFunctions.class, CommandContextFunctions.CURRENT_USER));
                expressionManager.addFunction(CommandContextFunctions.CURRENT_USER_GROUPS,
                        ReflectUtil.getMethod(CommandContextFunctions.class, CommandContextFunctions.CURRENT_USER_GROUPS));
                expressionManager.addFunction(DateTimeFunctions.NOW, ReflectUtil.getMethod(DateTimeFunctions.class, DateTimeFunctions.NOW));
                expressionManager.addFunction(DateTimeFunctions.DATE_TIME,
                        ReflectUtil.getMethod(DateTimeFunctions.class, DateTimeFunctions.DATE_TIME));
            }

            @Override
            protected void initSqlSessionFactory() {
                super.initSqlSessionFactory();
                // MyBatis keeps each mapping file's <sql> fragments as nodes of its parsed XML document, and so every mapping
                // file's whole document, for the life of the engine; the fragments are only read while the mappings are parsed,
                // which is over here (19 MB of a 97 MB live heap, README "Memory")
                sqlSessionFactory.getConfiguration().getSqlFragments().clear();
            }
        };
        configuration.setCustomJobHandlers(handlers);
        // a list of our own: the extension adds the CDI event bridge to it, which init() above takes out again
        configuration.setCustomPostBPMNParseListeners(new ArrayList<>(List.of(new UserTaskEvents(taskListeners.stream().toList()))));
        configuration.setCustomSessionFactories(new ArrayList<>(List.of(new CachedDefinitions.Factory())));
        return configuration;
    }
}
