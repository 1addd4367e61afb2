package app.waypoint.shared.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetricLabelsTest {

    @Test
    void shouldReplaceEveryIdInAPathWhenItBecomesAMetricLabel() {
        assertThat(MetricLabels.template("/api/young-people/3f2b8c1e-9a4d-4e7b-8f00-1c2d3e4f5a6b/allocations"))
                .isEqualTo("/api/young-people/{id}/allocations");
        assertThat(MetricLabels.template("/young-people/3F2B8C1E-9A4D-4E7B-8F00-1C2D3E4F5A6B/processes/42/diagram"))
                .isEqualTo("/young-people/{id}/processes/{id}/diagram");
        assertThat(MetricLabels.template("/tasks/aB3dEfGhIjKlMnOpQr")).isEqualTo("/tasks/{id}");
    }

    @Test
    void shouldKeepTemplatesAndWordsWhenTheyHoldNoId() {
        assertThat(MetricLabels.template("/api/young-people/{id}")).isEqualTo("/api/young-people/{id}");
        assertThat(MetricLabels.template("/api/process-models/LeavingCareTransitionProcess/diagram"))
                .isEqualTo("/api/process-models/LeavingCareTransitionProcess/diagram");
        assertThat(MetricLabels.template("NOT_FOUND")).isEqualTo("NOT_FOUND");
        assertThat(MetricLabels.template("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js"))
                .isEqualTo("/vendor/bpmn-js/bpmn-navigated-viewer.production.min.js");
    }
}
