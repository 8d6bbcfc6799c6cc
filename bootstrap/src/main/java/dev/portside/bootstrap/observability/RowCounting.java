package dev.portside.bootstrap.observability;

import jakarta.annotation.Nullable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.ResultSet;
import net.ttddyy.dsproxy.ConnectionInfo;
import net.ttddyy.dsproxy.proxy.ProxyConfig;
import net.ttddyy.dsproxy.proxy.ResultSetProxyLogic;
import net.ttddyy.dsproxy.proxy.ResultSetProxyLogicFactory;

/**
 * Counts the rows read from a query's result set, so that a query's log line can say how many it
 * returned: the line waits until the result set is closed ({@link StatementListener} arms it). Only
 * {@code next} and {@code close} do anything; every other call goes straight to the driver.
 */
final class RowCounting implements ResultSetProxyLogic {

    /** The logic of the result set made last on this thread: the query that just ran picks it up. */
    private static final ThreadLocal<RowCounting> LAST = new ThreadLocal<>();

    static final class Factory implements ResultSetProxyLogicFactory {
        @Override
        public ResultSetProxyLogic create(ResultSet resultSet, ConnectionInfo connectionInfo, ProxyConfig proxyConfig) {
            RowCounting logic = new RowCounting(resultSet);
            LAST.set(logic);
            return logic;
        }
    }

    /** The counting logic of the result set the last query on this thread returned (once). */
    static @Nullable RowCounting takeLast() {
        RowCounting last = LAST.get();
        if (last != null) {
            LAST.set(null);
        }
        return last;
    }

    private final ResultSet target;
    private int rows;
    /** The query's line, waiting for the result set to close; null once reported or if none is due. */
    @Nullable
    private StatementListener.Pending pending;

    private RowCounting(ResultSet target) {
        this.target = target;
    }

    /** Reports the pending entry with the rows counted when the result set closes. */
    void arm(StatementListener.Pending entry) {
        this.pending = entry;
    }

    int rows() {
        return rows;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("next")) {
            Object more = call(method, args);
            if (Boolean.TRUE.equals(more)) {
                rows++;
            }
            return more;
        }
        if (name.equals("close")) {
            try {
                return call(method, args);
            } finally {
                StatementListener.Pending entry = pending;
                if (entry != null) {
                    pending = null;
                    entry.report(rows);
                }
            }
        }
        if (name.equals("unwrap") || name.equals("isWrapperFor")) {
            Class<?> type = (Class<?>) args[0];
            if (type.isInstance(target)) {
                return name.equals("unwrap") ? target : true;
            }
        }
        return call(method, args);
    }

    private Object call(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
