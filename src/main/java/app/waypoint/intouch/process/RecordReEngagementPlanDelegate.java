package app.waypoint.intouch.process;

import app.waypoint.engine.ProcessVariables;
import app.waypoint.intouch.domain.LostTouchSteps;
import app.waypoint.intouch.domain.ReEngagementPlan.Route;
import app.waypoint.intouch.domain.ReEngagementPlan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** After "Make a re-engagement plan": the checklist the worker recorded on the task is kept with the flag. */
@Named
@Dependent
class RecordReEngagementPlanDelegate implements JavaDelegate {

    private static final Map<String, Route> CHECKLIST = new LinkedHashMap<>();

    static {
        CHECKLIST.put(LostTouchProcess.VAR_TRIED_KNOWN_CONTACTS, Route.KNOWN_CONTACTS);
        CHECKLIST.put(LostTouchProcess.VAR_TRIED_FRIENDS, Route.FRIENDS);
        CHECKLIST.put(LostTouchProcess.VAR_TRIED_HOUSING, Route.HOUSING);
        CHECKLIST.put(LostTouchProcess.VAR_TRIED_EDUCATION, Route.EDUCATION);
        CHECKLIST.put(LostTouchProcess.VAR_POLICE_MISSING_ROUTE, Route.POLICE_MISSING_PERSON);
    }

    private final LostTouchSteps steps;

    RecordReEngagementPlanDelegate(LostTouchSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProcessVariables variables = ProcessVariables.of(execution);
        List<Route> tried = CHECKLIST.entrySet().stream().filter(item -> variables.flag(item.getKey())).map(Map.Entry::getValue).toList();
        steps.recordPlan(variables.uuid(LostTouchProcess.VAR_YOUNG_PERSON_ID), new ReEngagementPlan(tried,
                variables.string(LostTouchProcess.VAR_PLAN_NOTES)), variables.completedBy());
    }
}
