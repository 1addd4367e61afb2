package app.waypoint.tasks.domain.task;

import static app.waypoint.tasks.domain.task.TaskAccess.alreadyAssigned;
import static app.waypoint.tasks.domain.task.TaskAccess.managesTasks;

import app.waypoint.engine.EngineCommands;
import app.waypoint.people.staff.Caller;
import app.waypoint.shared.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;

/** Finishing a task and talking about it: complete with the form's values (exactly once), and comments. */
@ApplicationScoped
public class TaskCompletions {

    private final TaskAccess access;
    private final TaskLocks locks;
    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskForms forms;
    private final EngineCommands commands;

    TaskCompletions(TaskAccess access, TaskLocks locks, TaskService tasks, IdentityService identity, TaskForms forms,
                    EngineCommands commands) {
        this.access = access;
        this.commands = commands;
        this.locks = locks;
        this.tasks = tasks;
        this.identity = identity;
        this.forms = forms;
    }

    /**
     * Completes the task with its form values: one success, and 409 for anyone who completes it again or at once. The check,
     * the form and the completion are one engine command, so the task and its process are read once.
     */
    @Transactional
    public void complete(String taskId, Map<String, Object> values, Caller caller) {
        // every engine call is inside the guard: someone else can complete the task after the visibility check; the
        // command's writes are flushed when it ends, so a conflict they meet is inside the guard too
        access.guarded(() -> commands.inOneCommand(() -> {
            Task task = access.visibleLocked(taskId, caller);
            if (task.getAssignee() != null && !task.getAssignee().equals(caller.username()) && !managesTasks(caller)) {
                throw alreadyAssigned(task);
            }
            if (task.getAssignee() == null) {
                access.requireOfferedTo(task, caller);
            }
            Map<String, Object> variables = forms.validate(task, values);
            if (task.getAssignee() == null) {
                tasks.claim(taskId, caller.username());
            }
            tasks.complete(taskId, variables);
            return null;
        }), caller);
    }

    /**
     * Completes a task with its form values for a feature that has checked the person's authority itself (e.g. a dispute's
     * respondent, who may not see the young person otherwise); the form is checked as in {@link #complete}.
     */
    @Transactional
    public void completeAs(String taskId, Map<String, Object> values, String username) {
        locks.lockOpenTask(taskId);
        identity.setAuthenticatedUserId(username);
        try {
            access.guarded(() -> {
                Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
                if (task == null) {
                    throw new ConflictException("task-already-completed", "This task has already been completed.");
                }
                Map<String, Object> variables = forms.validate(task, values);
                if (task.getAssignee() == null) {
                    tasks.claim(taskId, username);
                }
                tasks.complete(taskId, variables);
                return null;
            });
        } finally {
            identity.clearAuthentication();
        }
    }

    @Transactional
    public List<CommentResponse> comments(String taskId, Caller caller) {
        access.visible(taskId, caller);
        return tasks.getTaskComments(taskId).stream()
                .map(TaskCompletions::commentOf)
                .toList();
    }

    @Transactional
    public CommentResponse comment(String taskId, String message, Caller caller) {
        Task task = access.visible(taskId, caller);
        var comment = access.guarded(() -> tasks.createComment(taskId, task.getProcessInstanceId(), message), caller);
        return commentOf(comment);
    }

    private static CommentResponse commentOf(Comment comment) {
        return new CommentResponse(comment.getId(), comment.getUserId(), comment.getTime().toInstant(), comment.getFullMessage());
    }
}
