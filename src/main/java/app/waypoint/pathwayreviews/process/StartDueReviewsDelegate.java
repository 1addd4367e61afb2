package app.waypoint.pathwayreviews.process;

import app.waypoint.engine.ScanPassStep;
import app.waypoint.pathwayreviews.domain.review.DueReviewScan;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The nightly pathway review check's one step, a pass at a time ({@link ScanPassStep}). */
@Named
@Dependent
class StartDueReviewsDelegate implements JavaDelegate {

    private final DueReviewScan scan;

    StartDueReviewsDelegate(DueReviewScan scan) {
        this.scan = scan;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ScanPassStep.run(execution, scan::startDueReviews);
    }
}
