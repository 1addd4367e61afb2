package app.waypoint.intouch.process;

import app.waypoint.intouch.domain.LostTouchStarts;
import app.waypoint.people.contacts.InTouchConfig;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The nightly lost-touch check's one step (skipped where {@code waypoint.in-touch.nightly-check} is off). */
@Named
@Dependent
class StartLostTouchForNoContactDelegate implements JavaDelegate {

    private final LostTouchStarts starts;
    private final InTouchConfig config;

    StartLostTouchForNoContactDelegate(LostTouchStarts starts, InTouchConfig config) {
        this.starts = starts;
        this.config = config;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (config.nightlyCheck()) {
            starts.startForNoContact();
        }
    }
}
