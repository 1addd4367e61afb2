package app.waypoint.engine;

import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds the {@link UserTaskListener} beans to every user task as the models are parsed: on create, complete and delete. */
final class UserTaskEvents extends AbstractBpmnParseListener {

    private final TaskListener created;
    private final TaskListener completed;
    private final TaskListener deleted;

    UserTaskEvents(List<UserTaskListener> listeners) {
        created = task -> listeners.forEach(listener -> listener.created(task));
        completed = task -> listeners.forEach(listener -> listener.closed(task, true));
        deleted = task -> listeners.forEach(listener -> listener.closed(task, false));
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        TaskDefinition definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
        definition.addTaskListener(TaskListener.EVENTNAME_CREATE, created);
        definition.addTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
        definition.addTaskListener(TaskListener.EVENTNAME_DELETE, deleted);
    }
}
