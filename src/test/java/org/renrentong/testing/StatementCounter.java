package org.renrentong.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the node sends to its database (each execute, and each commit or rollback of an open
 * transaction), by connecting the pool
 * through a counting wrapper; the pool stays the node's {@link HikariDataSource}. {@link #onThisThread} counts what
 * one piece of work does on the calling thread (a MockMvc request runs there); {@link #all} counts every thread,
 * for benchmarks. A count does not depend on the load of the machine, as a time does.
 */
@Component
public class StatementCounter implements BeanPostProcessor {

    private static final AtomicLong ALL = new AtomicLong();
    private static final ThreadLocal<long[]> THIS_THREAD = new ThreadLocal<>();

    /** The statements the work sent from the calling thread, and what it answered. */
    public record Counted<T>(long statements, T result) {
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getDataSource() == null && pool.getJdbcUrl() != null) {
            PGSimpleDataSource driver = new PGSimpleDataSource();
            driver.setURL(pool.getJdbcUrl());
            pool.setDataSource(new Counting(driver));
        }
        return bean;
    }

    /** Statements sent by every thread since the node started. */
    public static long all() {
        return ALL.get();
    }

    /** Runs the work and counts the statements it sent from this thread. */
    public static <T> Counted<T> onThisThread(Callable<T> work) throws Exception {
        long[] count = {0};
        long[] outer = THIS_THREAD.get();
        THIS_THREAD.set(count);
        try {
            T result = work.call();
            return new Counted<>(count[0], result);
        } finally {
            THIS_THREAD.set(outer);
        }
    }

    private static void counted() {
        ALL.incrementAndGet();
        long[] count = THIS_THREAD.get();
        if (count != null) {
            count[0]++;
        }
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource driver) {
            super(driver);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return proxy(Connection.class, super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return proxy(Connection.class, super.getConnection(username, password));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (p, method, args) -> {
            String name = method.getName();
            if (name.startsWith("execute") || ends(target, name)) {
                counted();
            }
            Object answer = call(target, method, args);
            if (answer instanceof CallableStatement s) {
                return proxy(CallableStatement.class, s);
            }
            if (answer instanceof PreparedStatement s) {
                return proxy(PreparedStatement.class, s);
            }
            if (answer instanceof Statement s && !(p instanceof Statement)) {
                return proxy(Statement.class, s);
            }
            return answer;
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** A commit or rollback is a statement only when a transaction is open (else the driver sends nothing). */
    private static boolean ends(Object target, String name) {
        return (name.equals("commit") || name.equals("rollback")) && target instanceof BaseConnection connection
                && connection.getTransactionState() != TransactionState.IDLE;
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
