package app.waypoint.web.shell;

import app.waypoint.shared.problem.Problem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A page whose request failed shows an error page, not JSON: the problem document the shared mappers made (404 for what the
 * person may not see, 409 for a task completed meanwhile) is rendered with the same status and its safe detail.
 */
public class PageErrors {

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance error(int status, String title, String detail);
    }

    /** Whether a resource is one of the pages (any class in a sub-package of {@code app.waypoint.web}), not /api. */
    public static boolean isPage(ResourceInfo resource) {
        return resource != null && resource.getResourceClass() != null
                && resource.getResourceClass().getPackageName().startsWith("app.waypoint.web.");
    }

    @ServerResponseFilter
    void renderProblemsOfPages(ContainerResponseContext response, ResourceInfo resource) {
        if (!isPage(resource) || !(response.getEntity() instanceof Problem problem)) {
            return;
        }
        String title = switch (problem.status()) {
            case 404 -> "Page not found";
            case 403 -> "You cannot do this";
            case 409 -> "This has changed";
            default -> problem.title();
        };
        String detail = problem.status() == 404
                ? "There is nothing here that you can see. Check the address, or go back to your tasks."
                : problem.detail();
        response.setEntity(Templates.error(problem.status(), title, detail).render(), null, MediaType.TEXT_HTML_TYPE);
    }
}
