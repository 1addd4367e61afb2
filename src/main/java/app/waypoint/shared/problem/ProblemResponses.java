package app.waypoint.shared.problem;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the error answers of every {@code /api} operation in the OpenAPI document: each may answer with an RFC 9457
 * problem document ({@code application/problem+json}, schema {@code Problem}) for the statuses below, and one with a request
 * body also for a body too big (413) or not JSON (415).
 */
public class ProblemResponses implements OASFilter {

    private static final Map<String, String> STATUSES = Map.of(
            "400", "Invalid input: malformed JSON, a missing or invalid field or query parameter (named in errors)",
            "401", "No valid bearer token",
            "403", "The caller's role may not do this",
            "404", "Not found, or not visible to the caller",
            "409", "Conflicts with the current state (e.g. already completed, already open)",
            "422", "Breaks a business rule (named in errors)");
    private static final Map<String, String> BODY_STATUSES = Map.of(
            "413", "The request body is bigger than the service accepts",
            "415", "The request body is not application/json");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/")) {
                item.getOperations().values().forEach(ProblemResponses::addProblems);
            }
        });
    }

    private static void addProblems(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        STATUSES.forEach((status, description) -> addProblem(operation, status, description));
        if (operation.getRequestBody() != null) {
            BODY_STATUSES.forEach((status, description) -> addProblem(operation, status, description));
        }
    }

    private static void addProblem(Operation operation, String status, String description) {
        APIResponse response = operation.getResponses().getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            operation.getResponses().addAPIResponse(status, response);
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        response.getContent().addMediaType(Problem.MEDIA_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem")));
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", text).addProperty("message", text);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri"))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text)
                .addProperty("instance", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(fieldError));
    }
}
