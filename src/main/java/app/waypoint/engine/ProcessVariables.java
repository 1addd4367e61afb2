package app.waypoint.engine;

import app.waypoint.calendar.WaypointClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.ProcessEngineServicesAware;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Typed reads of a process's variables, and who completed the step, for the features' delegates and listeners:
 * {@code ProcessVariables.of(execution).uuid(VAR_YOUNG_PERSON_ID)}. Variables hold ids and primitives (STYLE.md §4): ids
 * as strings, days as the form's {@link Date}s.
 */
public final class ProcessVariables {

    private final VariableScope scope;
    private final ProcessEngineServicesAware engine;

    private ProcessVariables(VariableScope scope, ProcessEngineServicesAware engine) {
        this.scope = scope;
        this.engine = engine;
    }

    /** The variables seen from a delegate's execution or a listener's task. */
    public static <S extends VariableScope & ProcessEngineServicesAware> ProcessVariables of(S scope) {
        return new ProcessVariables(scope, scope);
    }

    /** An id the process always carries (e.g. the young person's); fails when it is not set. */
    public UUID uuid(String name) {
        return UUID.fromString(required(name, String.class));
    }

    /** A text variable, or null when it is not set (e.g. a form's optional note). */
    public String string(String name) {
        return value(name, String.class);
    }

    /** A yes/no variable; not set counts as no. */
    public boolean flag(String name) {
        return Boolean.TRUE.equals(value(name, Boolean.class));
    }

    /** A whole number the process always carries (a form's {@code long} field, or a counter). */
    public long number(String name) {
        return required(name, Number.class).longValue();
    }

    /** A form's {@code date} field as the day it names in Waypoint's time zone; fails when it is not set. */
    public LocalDate localDate(String name) {
        return WaypointClock.dayOf(required(name, Date.class).toInstant());
    }

    /** An enum constant stored by its name (e.g. a step's input parameter {@code stage}); fails when it is not set. */
    public <E extends Enum<E>> E enumValue(String name, Class<E> type) {
        return Enum.valueOf(type, required(name, String.class));
    }

    /**
     * The member of staff who completed the user task this step follows (or, in a task listener, the task itself). Every
     * completion goes through the tasklist ({@code TaskCompletions.complete} and {@code completeAs}), which signs the
     * engine in as that person for the call, so a step that acts for someone always has one. A step that runs without one
     * is a programming error (a task completed behind the tasklist's back): it fails, and the completion rolls back,
     * rather than writing a record that names nobody, or somebody else.
     */
    public String completedBy() {
        Authentication user = engine.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            throw new IllegalStateException("A step that acts for a member of staff ran without one");
        }
        return user.getUserId();
    }

    private <T> T required(String name, Class<T> type) {
        T value = value(name, type);
        if (value == null) {
            throw new IllegalStateException("The process variable " + name + " is not set");
        }
        return value;
    }

    private <T> T value(String name, Class<T> type) {
        Object value = scope.getVariable(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("The process variable " + name + " is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }
}
