package app.waypoint.testsupport;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Properties;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The tests' JDBC driver (application.properties, {@code %test.quarkus.datasource.jdbc.driver}): PostgreSQL's, with every
 * statement the application sends counted on the thread that sends it, so that a test can read how many statements one request
 * took ({@link StatementCounts}). A statement added to a batch counts once, as the database runs it once.
 */
public class CountingDriver implements Driver {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");
    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();
    /** {@code -Dwaypoint.test.print-sql=true} prints each counted statement (to see where a request's statements go). */
    private static final boolean PRINT = Boolean.getBoolean("waypoint.test.print-sql");

    private final Driver postgres = new org.postgresql.Driver();

    /** Starts counting the statements of the current thread. */
    static void start() {
        COUNT.set(new int[1]);
    }

    /** Stops counting on the current thread and returns how many statements it sent since {@link #start()} (-1 if not started). */
    static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? -1 : count[0];
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Connection connection = postgres.connect(url, info);
        return connection == null ? null : wrap(Connection.class, connection, null);
    }

    @Override
    public boolean acceptsURL(String url) throws SQLException {
        return postgres.acceptsURL(url);
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        return postgres.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return postgres.getMajorVersion();
    }

    @Override
    public int getMinorVersion() {
        return postgres.getMinorVersion();
    }

    @Override
    public boolean jdbcCompliant() {
        return postgres.jdbcCompliant();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return postgres.getParentLogger();
    }

    private static <T> T wrap(Class<T> type, T target, String preparedSql) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (EXECUTIONS.contains(method.getName()) && Statement.class.isAssignableFrom(method.getDeclaringClass())) {
                int[] count = COUNT.get();
                if (count != null) {
                    count[0]++;
                    if (PRINT) {
                        System.out.println("SQL " + count[0] + ": " + (args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql));
                    }
                }
            }
            Object result = invoke(target, method, args);
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return result instanceof Statement statement ? wrapStatement(statement, sql) : result;
        };
        return type.cast(Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    private static Statement wrapStatement(Statement statement, String sql) {
        if (statement instanceof CallableStatement callable) {
            return wrap(CallableStatement.class, callable, sql);
        }
        if (statement instanceof PreparedStatement prepared) {
            return wrap(PreparedStatement.class, prepared, sql);
        }
        return wrap(Statement.class, statement, null);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
