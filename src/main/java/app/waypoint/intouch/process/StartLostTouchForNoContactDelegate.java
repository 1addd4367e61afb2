package app.waypoint.intouch.process;

import app.waypoint.engine.ScanPassStep;
import app.waypoint.intouch.domain.LostTouchStarts;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The nightly lost-touch check's one step: flags those with no contact made for too long, a pass at a time ({@link ScanPassStep}). */
@Named
@Dependent
class StartLostTouchForNoContactDelegate implements JavaDelegate {

    private final LostTouchStarts starts;

    StartLostTouchForNoContactDelegate(LostTouchStarts starts) {
        this.starts = starts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScanPassStep.run(execution, starts::startForNoContact);
    }
}
