package dev.portside.adapters.postgres.testsupport;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;

/**
 * Records every SQL statement the application executes, with its parameters, by wrapping the pool's
 * DataSource at JDBC level: whatever runs SQL (our adapters, Micronaut Data, Flyway) goes through it,
 * so a count taken here is the real number of statements sent to the server.
 *
 * <p>It wraps the pool before Micronaut's contextual-connection proxy does (highest precedence), so
 * transactions open their connections through it. Active only in tests that set
 * {@code portside.test.record-statements=true}, so the other tests of the module run unwrapped.
 * Used by the user and blog query tests (a candidate for the shared test support package).
 */
@Singleton
@Requires(property = StatementRecorder.ENABLED, value = "true")
public final class StatementRecorder implements BeanCreatedEventListener<DataSource>, Ordered {

    public static final String ENABLED = "portside.test.record-statements";

    /**
     * One execution: the SQL as prepared, the parameters bound at that moment, by position, and the
     * name of the thread that sent it.
     */
    public record Executed(String sql, List<Object> parameters, String thread) {}

    private final List<Executed> executed = new CopyOnWriteArrayList<>();
    private final List<String> commitThreads = new CopyOnWriteArrayList<>();

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        return wrap(DataSource.class, event.getBean(), (target, method, args) -> {
            Object result = method.invoke(target, args);
            return method.getName().equals("getConnection") ? connection((Connection) result) : result;
        });
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    public void clear() {
        executed.clear();
        commitThreads.clear();
    }

    /** The name of the thread of every {@code Connection.commit()}, one entry per commit (a round trip each). */
    public List<String> commitThreads() {
        return List.copyOf(commitThreads);
    }

    public List<Executed> executed() {
        return List.copyOf(executed);
    }

    private Connection connection(Connection connection) {
        return wrap(Connection.class, connection, (target, method, args) -> {
            if (method.getName().equals("commit")) {
                commitThreads.add(Thread.currentThread().getName());
            }
            Object result = method.invoke(target, args);
            if (result instanceof PreparedStatement prepared && method.getName().equals("prepareStatement")) {
                return statement(PreparedStatement.class, prepared, (String) args[0]);
            }
            if (result instanceof Statement plain && method.getName().equals("createStatement")) {
                return statement(Statement.class, plain, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        Map<Integer, Object> parameters = new TreeMap<>();
        return wrap(type, statement, (target, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                parameters.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            } else if (name.startsWith("execute")) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : preparedSql;
                executed.add(new Executed(
                        sql,
                        new ArrayList<>(parameters.values()),
                        Thread.currentThread().getName()));
            }
            return method.invoke(target, args);
        });
    }

    private interface Handler<T> {
        Object invoke(T target, Method method, Object[] args) throws Throwable;
    }

    private static <T> T wrap(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (proxy, method, args) -> {
            try {
                return handler.invoke(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(
                Proxy.newProxyInstance(StatementRecorder.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }
}
