package app.waypoint.testsupport;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Tells a test how many SQL statements a request took: counted by {@link CountingDriver} on the worker thread that serves the
 * request, from its request filter to its response filter, and answered in the response header {@value #HEADER} (tests only).
 */
public class StatementCounts {

    public static final String HEADER = "X-Test-Sql-Statements";

    @ServerRequestFilter
    public void start() {
        CountingDriver.start();
    }

    @ServerResponseFilter
    public void stop(ContainerResponseContext response) {
        int count = CountingDriver.stop();
        if (count >= 0) {
            response.getHeaders().putSingle(HEADER, count);
        }
    }
}
