package dev.portside.bootstrap.observability;

import jakarta.annotation.Nullable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.ResultSet;

/**
 * Counts the rows read from a query's result set, so that the statement log's line can say how many it
 * returned: the line waits until the result set is closed. Only {@code next} and {@code close} do
 * anything; every other call goes straight to the driver. Used only while the statement log is on, so a
 * reflective proxy (one call through reflection per column read) is affordable here, unlike on the
 * default path (ADR 20).
 */
final class RowCounting implements InvocationHandler {

    /** The result set, counted; {@code pending}'s line is written when it closes. */
    static ResultSet counting(ResultSet target, StatementListener.Pending pending) {
        return (ResultSet) Proxy.newProxyInstance(
                RowCounting.class.getClassLoader(), new Class<?>[] {ResultSet.class}, new RowCounting(target, pending));
    }

    private final ResultSet target;
    private int rows;
    /** The query's line, waiting for the result set to close; null once reported. */
    @Nullable
    private StatementListener.Pending pending;

    private RowCounting(ResultSet target, StatementListener.Pending pending) {
        this.target = target;
        this.pending = pending;
    }

    @Override
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object[] args) throws Throwable {
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
        if ((name.equals("unwrap") || name.equals("isWrapperFor")) && args != null) {
            Class<?> type = (Class<?>) args[0];
            if (type.isInstance(target)) {
                return name.equals("unwrap") ? target : true;
            }
        }
        if (name.equals("equals") && args != null) {
            return proxy == args[0];
        }
        if (name.equals("hashCode")) {
            return System.identityHashCode(proxy);
        }
        return call(method, args);
    }

    private @Nullable Object call(Method method, @Nullable Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
