package app.waypoint.shared.openapi;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;

/**
 * Readable operation ids for generated clients. SmallRye names each operation {@code <Class>_<method>} (the CLASS_METHOD
 * strategy in application.properties, unique because no resource overloads a method); this makes
 * {@code TaskResource_complete} into {@code taskComplete} and {@code YoungPersonResource_recordActivity} into
 * {@code youngPersonRecordActivity}.
 */
@OpenApiFilter
public class OperationIds implements OASFilter {

    private static final Pattern CLASS_METHOD = Pattern.compile("([A-Za-z0-9]+?)(?:Resource)?_([A-Za-z0-9]+)");

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getOperationId() != null) {
            operation.setOperationId(readable(operation.getOperationId()));
        }
        return operation;
    }

    static String readable(String operationId) {
        Matcher parts = CLASS_METHOD.matcher(operationId);
        if (!parts.matches()) {
            return operationId;
        }
        String owner = parts.group(1);
        String method = parts.group(2);
        return Character.toLowerCase(owner.charAt(0)) + owner.substring(1) + Character.toUpperCase(method.charAt(0)) + method.substring(1);
    }
}
