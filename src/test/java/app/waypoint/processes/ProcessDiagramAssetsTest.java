package app.waypoint.processes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The viewer the build packages from npm, and our script and styles around it, are served by the application itself. */
@QuarkusTest
class ProcessDiagramAssetsTest {

    @Test
    void shouldServeThePackagedBpmnViewerWhenAPageAsksForIt() {
        for (String viewer : new String[] {"bpmn-navigated-viewer", "bpmn-viewer"}) {
            given().get("/vendor/bpmn-js/" + viewer + ".production.min.js")
                    .then().statusCode(200).contentType(startsWith("text/javascript")).body(containsString("bpmn-js - " + viewer + " v"));
        }
        given().get("/vendor/bpmn-js/assets/diagram-js.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/vendor/bpmn-js/assets/bpmn-js.css").then().statusCode(200).contentType(startsWith("text/css"));
        given().get("/vendor/bpmn-js/LICENSE").then().statusCode(200).body(containsString("bpmn.io"));
    }

    @Test
    void shouldServeOurDiagramScriptAndItsMarkerStyleWhenAPageAsksForThem() {
        given().get("/js/process-diagram.js")
                .then().statusCode(200).contentType(startsWith("text/javascript")).body(containsString("data-current-steps"));
        given().get("/css/process-diagram.css")
                .then().statusCode(200).contentType(startsWith("text/css")).body(containsString(".process-diagram__current"));
    }
}
