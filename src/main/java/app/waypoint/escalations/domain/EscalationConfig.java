package app.waypoint.escalations.domain;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * The escalation policy (domain notes §2, default timer pattern [L]): {@code waypoint.escalations.*}, with overrides per
 * task kind under {@code waypoint.escalations.tasks."<BPMN task id>".*}.
 */
@ConfigMapping(prefix = "waypoint.escalations")
public interface EscalationConfig {

    /** Working days before the due date that the assignee is reminded. */
    @WithDefault("10")
    int reminderWorkingDays();

    /** Working days between one rung of the overdue chain and the next. */
    @WithDefault("5")
    int graceWorkingDays();

    /** Hour of the day (England) at which reminders and escalations go out, on working days only. */
    @WithDefault("8")
    int sendHour();

    /** Overrides per task kind, keyed by BPMN task id, e.g. {@code Task_AssessNeeds}. */
    Map<String, TaskPolicy> tasks();

    interface TaskPolicy {

        /** False to give this kind of task no escalation chain (e.g. steps with timers of their own). */
        Optional<Boolean> enabled();

        Optional<Integer> reminderWorkingDays();

        Optional<Integer> graceWorkingDays();

        /** True when late work affects a looked-after young person's plan or review, so their IRO is told too. */
        Optional<Boolean> affectsPlan();
    }
}
